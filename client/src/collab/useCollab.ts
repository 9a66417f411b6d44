import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { bodyDocName } from '@charter/shared';
import { trackSavedState, type SavedState } from './savedState';

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  saved: SavedState;
}

/** The websocket endpoint on the page's own host: one port serves the page and `/collab`. */
export function collabUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
  return `${scheme}${window.location.host}/collab`;
}

/**
 * One Y.Doc and one websocket for the text of a draft, for as long as the
 * component using it is mounted.
 */
export function useCollabSession(draftId: string, token: string): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(collabUrl(), bodyDocName(draftId), doc, { params: { token } });
    const saved = trackSavedState(provider);
    setSession({ doc, provider, saved });
    return () => {
      setSession(null);
      saved.destroy();
      provider.destroy();
      doc.destroy();
    };
  }, [draftId, token]);

  return session;
}
