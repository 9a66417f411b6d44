import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { bodyDocName } from '@charter/shared';
import { trackSavedState, type SavedState } from './savedState';
import { keepLocalCopy, readConfirmed, writeConfirmed, type LocalCopy } from './localCopy';
import { forgetRefusedCopy } from './refused';

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  saved: SavedState;
  /** The copy of the text on this device, or null where the browser keeps none. */
  local: LocalCopy | null;
}

/** The websocket endpoint on the page's own host: one port serves the page and `/collab`. */
export function collabUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
  return `${scheme}${window.location.host}/collab`;
}

/**
 * One Y.Doc and one websocket for the text of a draft, for as long as the
 * component using it is mounted, with a copy kept on this device.
 */
export function useCollabSession(draftId: string, token: string): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const name = bodyDocName(draftId);
    const provider = new WebsocketProvider(collabUrl(), name, doc, { params: { token } });
    const local = keepLocalCopy(name, doc);
    const saved = trackSavedState(provider, {
      localOrigin: local?.origin,
      confirmed: { read: () => readConfirmed(name), write: (vector) => writeConfirmed(name, vector) },
    });
    const stopForgetting = forgetRefusedCopy(provider, local, token);
    setSession({ doc, provider, saved, local });
    return () => {
      setSession(null);
      stopForgetting();
      saved.destroy();
      local?.destroy();
      provider.destroy();
      doc.destroy();
    };
  }, [draftId, token]);

  return session;
}
