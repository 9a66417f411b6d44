import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ClientEvents } from './lightClient.js';
import type { Endpoint } from './wire.js';

const SYNC_TIMEOUT_MS = 30_000;

/**
 * A client as a browser runs one: the stock y-websocket `WebsocketProvider`
 * with a `Y.Doc` of its own (and so an awareness, a sync answer, a reconnect
 * loop). Receivers see every update the server forwards through their
 * document's `update` event; writers edit their document and the provider sends.
 */
export class StockClient {
  readonly synced: Promise<void>;
  readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;
  private closed = false;

  constructor(
    readonly endpoint: Endpoint,
    events: ClientEvents = {},
  ) {
    // The provider puts `<serverUrl>/<room>?<params>` together itself.
    const url = new URL(endpoint.url);
    const slash = url.pathname.lastIndexOf('/');
    this.provider = new WebsocketProvider(url.origin + url.pathname.slice(0, slash), url.pathname.slice(slash + 1), this.doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: Object.fromEntries(url.searchParams),
    });
    this.synced = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error('not synced in time'));
        this.close();
      }, SYNC_TIMEOUT_MS);
      this.provider.once('sync', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.synced.catch(() => {});
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this.provider) events.onUpdate?.(update);
    });
    // The provider reconnects by itself; a close the bench did not ask for is a drop all the same.
    this.provider.on('connection-close', () => {
      if (!this.closed) events.onClose?.();
    });
  }

  get isOpen(): boolean {
    return !this.closed && this.provider.wsconnected;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.provider.destroy();
    this.doc.destroy();
  }
}
