import { useCallback, useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { readLocal, writeLocal } from '../localStore';
import type { FollowMe } from './sessionMap';

const FOLLOW_KEY = 'charter.followFacilitator';

/** "Follow the facilitator": on unless this person turned it off on this device. */
export function useFollowPreference(): [boolean, (follow: boolean) => void] {
  const [follow, setFollow] = useState(() => readLocal(FOLLOW_KEY) !== 'off');
  const choose = useCallback((next: boolean) => {
    writeLocal(FOLLOW_KEY, next ? 'on' : 'off');
    setFollow(next);
  }, []);
  return [follow, choose];
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scroll the clause the facilitator is at into view, each time they reach
 * another one, and at once when this person starts following again. Only the
 * view moves: the caret stays where this person left it.
 */
export function useFollowFacilitator(editor: Editor | null, followMe: FollowMe | null, enabled: boolean): void {
  const clauseId = followMe?.clauseId ?? null;
  useEffect(() => {
    if (!enabled || !editor || editor.isDestroyed || clauseId === null) return;
    scrollToClause(editor, clauseId);
  }, [editor, enabled, clauseId]);
}

/** Bring a clause to the middle of the window; only the view moves, not the caret. */
export function scrollToClause(editor: Editor, clauseId: string): void {
  const block = editor.view.dom.querySelector(`[data-clause-id="${CSS.escape(clauseId)}"]`);
  block?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
