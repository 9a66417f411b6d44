import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';

/**
 * "All changes saved" that is true, not hopeful.
 *
 * y-websocket sends our edits and forgets them; nothing in its protocol says the
 * server kept them. Our server answers every sync step 1 a client sends with a
 * sync step 1 of its own and a sync step 2; that state vector it sends only
 * after everything it holds is on disk. So after local changes we ask (send a
 * sync step 1 of our own), and when the server's step 1 comes back we compare:
 * if for every client our document knows, the server's clock is at least ours,
 * every local change is stored. Any newer local change makes us unsaved again.
 */

const MESSAGE_SYNC = 0;
/** Wait for typing to pause before asking, so a burst of keys costs one round trip. */
const ASK_DELAY_MS = 300;
/**
 * When the answer shows the server behind us, ask again a few times: on
 * reconnect the server's first step 1 can leave before it has read the step 2
 * with our offline edits that we send in reply to it.
 */
const RETRY_DELAYS_MS = [1000, 3000, 10000];

type SyncHandler = WebsocketProvider['messageHandlers'][number];

/** Does the server's state vector cover every change in our document? */
export function covers(serverVector: Map<number, number>, doc: Y.Doc): boolean {
  const ours = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of ours) {
    if ((serverVector.get(client) ?? 0) < clock) return false;
  }
  return true;
}

/**
 * The state vector of a sync step 1, when the message (positioned just after
 * its message type) is one; null for any other sync message. Reads a copy, so
 * the caller's decoder is left where it was.
 */
function peekSyncStep1(decoder: decoding.Decoder): Map<number, number> | null {
  const peek = decoding.clone(decoder);
  if (decoding.readVarUint(peek) !== syncProtocol.messageYjsSyncStep1) return null;
  return Y.decodeStateVector(decoding.readVarUint8Array(peek));
}

/** Where the server's last confirmed state vector is remembered between visits. */
export interface ConfirmedStore {
  read(): Uint8Array | null;
  write(vector: Uint8Array): void;
}

export interface SavedStateOptions {
  /**
   * The origin of updates read back from this device's copy. They were stored
   * by the server already when its last confirmed vector covers them.
   */
  localOrigin?: unknown;
  confirmed?: ConfirmedStore;
}

export interface SavedState {
  /** Is every local change of the document stored by the server? */
  isSaved(): boolean;
  /** Be told when that changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/**
 * Follow whether every local change of `provider.doc` is stored by the server.
 * Create it right after the provider, before anything edits the document.
 */
export function trackSavedState(provider: WebsocketProvider, options: SavedStateOptions = {}): SavedState {
  const doc = provider.doc;
  const listeners = new Set<() => void>();
  let saved = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;

  const set = (next: boolean) => {
    if (next === saved) return;
    saved = next;
    listeners.forEach((listener) => listener());
  };

  const ask = () => {
    timer = undefined;
    const ws = provider.ws;
    if (!provider.wsconnected || !ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, doc);
    ws.send(encoding.toUint8Array(encoder));
  };

  const askSoon = (delay = ASK_DELAY_MS) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(ask, delay);
  };

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    // Changes the provider applied came from the server: it has them already.
    if (origin === provider) return;
    if (origin !== undefined && origin === options.localOrigin && saved) {
      const confirmed = options.confirmed?.read();
      if (confirmed && covers(Y.decodeStateVector(confirmed), doc)) return;
    }
    set(false);
    retries = 0;
    askSoon();
  };

  const onSync = (isSynced: boolean) => {
    if (!isSynced) return;
    retries = 0;
    if (!saved) askSoon();
  };

  const original: SyncHandler = provider.messageHandlers[MESSAGE_SYNC];
  const wrapped: SyncHandler = (encoder, decoder, prov, emitSynced, messageType) => {
    // `emitSynced` is false for messages from other tabs over BroadcastChannel:
    // their state vector says nothing about what the server stored.
    const serverVector = emitSynced ? peekSyncStep1(decoder) : null;
    if (serverVector) {
      if (covers(serverVector, doc)) {
        options.confirmed?.write(Y.encodeStateVector(serverVector));
        set(true);
        retries = 0;
      } else if (!saved && retries < RETRY_DELAYS_MS.length) {
        askSoon(RETRY_DELAYS_MS[retries++]);
      }
    }
    original(encoder, decoder, prov, emitSynced, messageType);
  };
  provider.messageHandlers[MESSAGE_SYNC] = wrapped;
  doc.on('update', onUpdate);
  provider.on('sync', onSync);

  return {
    isSaved: () => saved,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
      listeners.clear();
      doc.off('update', onUpdate);
      provider.off('sync', onSync);
      if (provider.messageHandlers[MESSAGE_SYNC] === wrapped) provider.messageHandlers[MESSAGE_SYNC] = original;
    },
  };
}
