import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { openDocument } from './openDocument';

export interface SharedDoc {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/**
 * One of a draft's documents (see `openDocument`), for as long as the component
 * using it is mounted. With `keepOnDevice`, a copy stays in this browser for
 * offline work.
 */
export function useSharedDoc(docName: string, token: string, keepOnDevice = false): SharedDoc | null {
  const [shared, setShared] = useState<SharedDoc | null>(null);

  useEffect(() => {
    const { doc, provider, close } = openDocument(docName, token, keepOnDevice);
    setShared({ doc, provider });
    return () => {
      setShared(null);
      close();
    };
  }, [docName, token, keepOnDevice]);

  return shared;
}
