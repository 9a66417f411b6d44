import { decisionsDocName } from '@charter/shared';
import { useSharedDoc, type SharedDoc } from './useSharedDoc';

export type DecisionsDoc = SharedDoc;

/**
 * The draft's `<draftId>.decisions`: its amendments and the stances taken on
 * them. Everyone reads it; only the server writes it (commands go through the API).
 */
export function useDecisionsDoc(draftId: string, token: string): DecisionsDoc | null {
  return useSharedDoc(decisionsDocName(draftId), token);
}
