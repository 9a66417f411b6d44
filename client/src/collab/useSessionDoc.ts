import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { sessionDocName } from '@charter/shared';
import { collabUrl } from './useCollab';

export interface SessionDoc {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/**
 * The draft's third document, `<draftId>.session`: the facilitator's live
 * controls (the clause now discussed, follow-me). Everyone reads it; the
 * server stores and forwards only a facilitator's writes.
 */
export function useSessionDoc(draftId: string, token: string): SessionDoc | null {
  const [session, setSession] = useState<SessionDoc | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(collabUrl(), sessionDocName(draftId), doc, { params: { token } });
    setSession({ doc, provider });
    return () => {
      setSession(null);
      provider.destroy();
      doc.destroy();
    };
  }, [draftId, token]);

  return session;
}
