import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { DRAFT_META_MAP, DRAFT_STATUSES, type DraftStatus } from '@charter/shared';

/**
 * The draft's status, live: the server mirrors it into the body document, so a
 * facilitator's move to review locks every open editor at once.
 */
export function useDraftStatus(doc: Y.Doc | undefined, initial: DraftStatus): DraftStatus {
  const [status, setStatus] = useState(initial);
  useEffect(() => {
    if (!doc) return;
    const meta = doc.getMap(DRAFT_META_MAP);
    const read = () => {
      const value = meta.get('status');
      if ((DRAFT_STATUSES as readonly unknown[]).includes(value)) setStatus(value as DraftStatus);
    };
    read();
    meta.observe(read);
    return () => meta.unobserve(read);
  }, [doc]);
  return status;
}
