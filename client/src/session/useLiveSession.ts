import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { SESSION_MAP } from '@charter/shared';
import { readLiveSession, type LiveSession } from './sessionMap';

const IDLE: LiveSession = { nowDiscussing: null, followMe: null };

/** The session document's controls, read again whenever a facilitator changes them. */
export function useLiveSession(doc: Y.Doc): LiveSession {
  const [live, setLive] = useState<LiveSession>(IDLE);
  useEffect(() => {
    const map = doc.getMap(SESSION_MAP);
    const read = () => setLive(readLiveSession(doc));
    read();
    map.observe(read);
    return () => map.unobserve(read);
  }, [doc]);
  return live;
}
