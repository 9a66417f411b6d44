import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { openingMessages, readMessage, SyncType, syncMessage, type Endpoint } from './wire.js';

/** The update of an empty document: what a receiver answers the server's sync step 1 with. */
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());
/** Origin of what the server sent, so a writer's document does not send it back. */
const FROM_SERVER = Symbol('server');
const SYNC_TIMEOUT_MS = 30_000;

export interface ClientEvents {
  /** Every sync update the server forwards after the initial state. */
  onUpdate?(payload: Uint8Array): void;
  onClose?(): void;
}

/**
 * A y-protocols client on a raw socket. Without a document it only does the
 * handshake and hands incoming updates to `onUpdate` (a receiver costs almost
 * nothing); with one it applies what the server sends and sends the
 * document's own changes (a writer, or a client that syncs a history).
 */
export class LightClient {
  /** Resolves once the server's sync step 2 (its whole state) has arrived. */
  readonly synced: Promise<void>;
  private readonly ws: WebSocket;
  private closed = false;

  constructor(
    readonly endpoint: Endpoint,
    private readonly events: ClientEvents = {},
    readonly doc: Y.Doc | null = null,
  ) {
    this.ws = new WebSocket(endpoint.url, { perMessageDeflate: false });
    this.ws.binaryType = 'nodebuffer';
    this.synced = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error('not synced in time')), SYNC_TIMEOUT_MS);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
        this.close();
      };
      this.ws.on('open', () => {
        for (const message of openingMessages(endpoint)) this.ws.send(message);
        const stateVector = doc ? Y.encodeStateVector(doc) : EMPTY_STATE_VECTOR;
        this.ws.send(syncMessage(endpoint, SyncType.Step1, stateVector));
      });
      this.ws.on('message', (data: Buffer) => {
        const message = readMessage(endpoint, data);
        if (message.kind === 'denied') return fail(new Error(`denied: ${message.reason}`));
        if (message.kind !== 'sync') return;
        if (message.syncType === SyncType.Step1) {
          const answer = doc ? Y.encodeStateAsUpdate(doc, message.payload) : EMPTY_UPDATE;
          this.ws.send(syncMessage(endpoint, SyncType.Step2, answer));
          return;
        }
        if (doc) Y.applyUpdate(doc, message.payload, FROM_SERVER);
        if (message.syncType === SyncType.Step2) {
          clearTimeout(timer);
          resolve();
        } else {
          this.events.onUpdate?.(message.payload);
        }
      });
      this.ws.on('error', (error) => fail(error));
      this.ws.on('close', (code) => {
        this.closed = true;
        fail(new Error(`closed with ${code} before sync`));
        this.events.onClose?.();
      });
    });
    // A failed sync is reported by whoever awaits it; this keeps it from being unhandled meanwhile.
    this.synced.catch(() => {});
    doc?.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_SERVER) this.send(update);
    });
  }

  get isOpen(): boolean {
    return !this.closed && this.ws.readyState === WebSocket.OPEN;
  }

  send(update: Uint8Array): void {
    if (this.isOpen) this.ws.send(syncMessage(this.endpoint, SyncType.Update, update));
  }

  close(): void {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    if (this.ws.readyState === WebSocket.CONNECTING) this.ws.terminate();
    else this.ws.close();
  }
}
