import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { notesDocName } from '@charter/shared';
import { collabUrl } from './useCollab';

export interface NotesSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/**
 * The draft's second document, `<draftId>.notes`: principle and need links and
 * comments. Its own socket, so the server can gate it apart from the text
 * (a reviewer writes here and never in the body).
 */
export function useNotesSession(draftId: string, token: string): NotesSession | null {
  const [session, setSession] = useState<NotesSession | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(collabUrl(), notesDocName(draftId), doc, { params: { token } });
    setSession({ doc, provider });
    return () => {
      setSession(null);
      provider.destroy();
      doc.destroy();
    };
  }, [draftId, token]);

  return session;
}
