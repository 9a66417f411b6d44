import { sessionDocName } from '@charter/shared';
import { useSharedDoc, type SharedDoc } from './useSharedDoc';

export type SessionDoc = SharedDoc;

/**
 * The draft's third document, `<draftId>.session`: the facilitator's live
 * controls (the clause now discussed, follow-me). Everyone reads it; the
 * server stores and forwards only a facilitator's writes.
 */
export function useSessionDoc(draftId: string, token: string): SessionDoc | null {
  return useSharedDoc(sessionDocName(draftId), token);
}
