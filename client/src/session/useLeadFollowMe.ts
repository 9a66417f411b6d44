import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { followMeAt } from './sessionMap';

/** Holding an arrow key walks through clauses fast; the room needs to hear of it a few times a second at most. */
const THROTTLE_MS = 250;

/**
 * While follow-me is on, write the clause the facilitator's caret is in to
 * `followMe`: only when it changes, and no oftener than THROTTLE_MS. A change
 * inside the window waits for its end and replaces any change still waiting,
 * so the last clause reached is always the one written.
 */
export function useLeadFollowMe(doc: Y.Doc, leading: boolean, clauseId: string | null): void {
  const lastWrite = useRef(0);
  useEffect(() => {
    if (!leading || clauseId === null) return;
    const wait = Math.max(0, lastWrite.current + THROTTLE_MS - Date.now());
    const timer = window.setTimeout(() => {
      lastWrite.current = Date.now();
      followMeAt(doc, clauseId);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [doc, leading, clauseId]);
}
