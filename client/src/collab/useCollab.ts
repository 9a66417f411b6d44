import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { bodyDocName } from '@charter/shared';
import { trackSavedState, type SavedState } from './savedState';
import { readConfirmed, writeConfirmed, type LocalCopy } from './localCopy';
import { openDocument } from './openDocument';

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  saved: SavedState;
  /** The copy of the text on this device, or null where the browser keeps none. */
  local: LocalCopy | null;
}

/**
 * One Y.Doc and one websocket for the text of a draft, for as long as the
 * component using it is mounted, with a copy kept on this device.
 */
export function useCollabSession(draftId: string, token: string): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    const name = bodyDocName(draftId);
    const { doc, provider, local, close } = openDocument(name, token, true);
    // Right after the provider, before anything edits the document.
    const saved = trackSavedState(provider, {
      localOrigin: local?.origin,
      confirmed: { read: () => readConfirmed(name), write: (vector) => writeConfirmed(name, vector) },
    });
    setSession({ doc, provider, saved, local });
    return () => {
      setSession(null);
      saved.destroy();
      close();
    };
  }, [draftId, token]);

  return session;
}
