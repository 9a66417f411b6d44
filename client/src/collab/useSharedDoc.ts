import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { collabUrl } from './useCollab';
import { keepLocalCopy } from './localCopy';
import { forgetRefusedCopy } from './refused';

export interface SharedDoc {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/**
 * One of a draft's documents over a socket of its own, for as long as the
 * component using it is mounted. Each document has its own socket so the
 * server can gate each one by role, apart from the others. With
 * `keepOnDevice`, a copy stays in this browser for offline work.
 */
export function useSharedDoc(docName: string, token: string, keepOnDevice = false): SharedDoc | null {
  const [shared, setShared] = useState<SharedDoc | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(collabUrl(), docName, doc, { params: { token } });
    const local = keepOnDevice ? keepLocalCopy(docName, doc) : null;
    const stopForgetting = forgetRefusedCopy(provider, local, token);
    setShared({ doc, provider });
    return () => {
      setShared(null);
      stopForgetting();
      local?.destroy();
      provider.destroy();
      doc.destroy();
    };
  }, [docName, token, keepOnDevice]);

  return shared;
}
