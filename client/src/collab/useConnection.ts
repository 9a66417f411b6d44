import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { SavedState } from './savedState';
import type { LocalCopy } from './localCopy';

export type Connection = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConnectionState {
  connection: Connection;
  /** Every local change is on the server's disk (see savedState.ts). */
  saved: boolean;
  /** The close code when the server refused us for good (44xx, or 1009 for a change too large), else null. */
  closedCode: number | null;
  /** The server's reason for that close ('removed': a facilitator removed this person), else null. */
  closedReason: string | null;
  /** Changes are kept in this browser (IndexedDB) until the server has them. */
  onDevice: boolean;
}

/**
 * The browser's `navigator.onLine` stays true on a Wi-Fi that carries nothing
 * (a dead link, a captive portal), so the server also counts as out of reach
 * after this many failed attempts in a row (about 3 s at y-websocket's backoff)
 * or this long without a connection (an attempt on such a link can hang).
 */
const UNREACHABLE_AFTER_ATTEMPTS = 4;
const UNREACHABLE_AFTER_MS = 8_000;

const noCopy = () => () => {};
const notKept = () => false;

/** The websocket's state and whether local changes are stored, for the badge. */
export function useConnection(
  provider: WebsocketProvider,
  savedState: SavedState,
  local: LocalCopy | null = null,
): ConnectionState {
  const [status, setStatus] = useState<'connecting' | 'connected' | 'disconnected'>(
    provider.wsconnected ? 'connected' : 'connecting',
  );
  const [everConnected, setEverConnected] = useState(provider.wsconnected);
  const [online, setOnline] = useState(navigator.onLine);
  const [unreachable, setUnreachable] = useState(false);
  const saved = useSyncExternalStore(savedState.subscribe, savedState.isSaved);
  const onDevice = useSyncExternalStore(local ? local.subscribe : noCopy, local ? local.isReady : notKept);
  const [closed, setClosed] = useState<{ code: number; reason: string } | null>(null);

  useEffect(() => {
    let outOfReach: ReturnType<typeof setTimeout> | undefined;
    const onStatus = ({ status: next }: { status: 'connecting' | 'connected' | 'disconnected' }) => {
      setStatus(next);
      if (next === 'connected') {
        clearTimeout(outOfReach);
        outOfReach = undefined;
        setUnreachable(false);
        setEverConnected(true);
        setClosed(null);
        return;
      }
      if (provider.wsUnsuccessfulReconnects >= UNREACHABLE_AFTER_ATTEMPTS) setUnreachable(true);
      outOfReach ??= setTimeout(() => setUnreachable(true), UNREACHABLE_AFTER_MS);
    };
    const onClosed = (event: { code: number; reason: string }) => setClosed({ code: event.code, reason: event.reason });
    const onOnline = () => setOnline(true);
    const onOffline = () => setOnline(false);
    provider.on('status', onStatus);
    provider.on('closed', onClosed);
    // The socket may have opened (or failed) between the first render and this subscription.
    onStatus({ status: provider.wsconnected ? 'connected' : 'connecting' });
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      clearTimeout(outOfReach);
      provider.off('status', onStatus);
      provider.off('closed', onClosed);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [provider]);

  let connection: Connection;
  const closedCode = closed?.code ?? null;
  if (!online || unreachable || closedCode !== null) connection = 'offline';
  else if (status === 'connected') connection = 'connected';
  else connection = everConnected ? 'reconnecting' : 'connecting';

  return { connection, saved, closedCode, closedReason: closed ? closed.reason : null, onDevice };
}
