import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { SavedState } from './savedState';
import type { LocalCopy } from './localCopy';

export type Connection = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConnectionState {
  connection: Connection;
  /** Every local change is on the server's disk (see savedState.ts). */
  saved: boolean;
  /** The close code when the server refused us for good (44xx), else null. */
  closedCode: number | null;
  /** Changes are kept in this browser (IndexedDB) until the server has them. */
  onDevice: boolean;
}

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
  const saved = useSyncExternalStore(savedState.subscribe, savedState.isSaved);
  const onDevice = useSyncExternalStore(local ? local.subscribe : noCopy, local ? local.isReady : notKept);
  const [closedCode, setClosedCode] = useState<number | null>(null);

  useEffect(() => {
    const onStatus = ({ status: next }: { status: 'connecting' | 'connected' | 'disconnected' }) => {
      setStatus(next);
      if (next === 'connected') {
        setEverConnected(true);
        setClosedCode(null);
      }
    };
    const onClosed = (event: { code: number }) => setClosedCode(event.code);
    const onOnline = () => setOnline(true);
    const onOffline = () => setOnline(false);
    provider.on('status', onStatus);
    provider.on('closed', onClosed);
    // The socket may have opened between the first render and this subscription.
    if (provider.wsconnected) onStatus({ status: 'connected' });
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      provider.off('status', onStatus);
      provider.off('closed', onClosed);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [provider]);

  let connection: Connection;
  if (!online || closedCode !== null) connection = 'offline';
  else if (status === 'connected') connection = 'connected';
  else connection = everConnected ? 'reconnecting' : 'connecting';

  return { connection, saved, closedCode, onDevice };
}
