import { notesDocName } from '@charter/shared';
import { useSharedDoc, type SharedDoc } from './useSharedDoc';

export type NotesSession = SharedDoc;

/**
 * The draft's second document, `<draftId>.notes`: principle and need links and
 * comments (a reviewer writes here and never in the body).
 */
export function useNotesSession(draftId: string, token: string): NotesSession | null {
  return useSharedDoc(notesDocName(draftId), token, true);
}
