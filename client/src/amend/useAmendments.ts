import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { readAmendments, type Amendment } from '@charter/shared';

/** The draft's amendments as the `.decisions` document holds them, again after every change. */
export function useAmendments(decisions: Y.Doc | undefined): Amendment[] {
  const [amendments, setAmendments] = useState<Amendment[]>([]);
  useEffect(() => {
    if (!decisions) return;
    const read = () => setAmendments(readAmendments(decisions));
    read();
    decisions.on('update', read);
    return () => decisions.off('update', read);
  }, [decisions]);
  return amendments;
}

/** How many amendments stand open on each clause, for the gutter. */
export function openAmendmentCounts(amendments: readonly Amendment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of amendments) if (a.status === 'open') counts.set(a.clauseId, (counts.get(a.clauseId) ?? 0) + 1);
  return counts;
}

/** Whether the provider has finished its first sync with the server. */
export function useSynced(provider: WebsocketProvider): boolean {
  const [synced, setSynced] = useState(provider.synced);
  useEffect(() => {
    const onSync = (state: boolean) => setSynced(state);
    setSynced(provider.synced);
    provider.on('sync', onSync);
    return () => provider.off('sync', onSync);
  }, [provider]);
  return synced;
}
