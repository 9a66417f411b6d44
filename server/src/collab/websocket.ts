import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { CloseCode, type Author, type Role } from '@charter/shared';
import type { Logger } from '../log.js';
import type { AppStore } from '../store/types.js';
import { admit } from './admission.js';
import type { Peer } from './peer.js';
import type { Room } from './room.js';
import type { Rooms } from './rooms.js';
import { startHeartbeat } from './heartbeat.js';
import { Throttle } from './throttle.js';

export interface CollabEndpointOptions {
  app: AppStore;
  rooms: Rooms;
  logger: Logger;
  maxMessageBytes: number;
  /** Dead connections (no pong to our ping) are dropped after one to two of these. */
  heartbeatMs?: number;
}

const PATH_PREFIX = '/collab/';
/**
 * Messages held while the token is checked and the document loads; past this
 * many, the socket is paused (nothing more is read, nothing is dropped) until
 * the document is ready. A slow database must not cut off a client that sends early.
 */
const MAX_EARLY_MESSAGES = 256;
/**
 * What the server may owe one socket: past this much unsent data, the client is
 * not reading (or cannot keep up) and the socket is dropped, rather than held in
 * memory without bound. One message larger than this (a large document's first
 * sync) may go out alone; whatever queues behind it counts.
 */
export const MAX_UNSENT_BYTES = 8 * 1024 * 1024;

/** The shared parts every connection reaches through one pointer. */
interface Endpoint {
  app: AppStore;
  rooms: Rooms;
  logger: Logger;
}

/**
 * A `ws` socket that knows its connection, so that the listeners below are
 * shared by every socket rather than made for each: a server holds tens of
 * thousands of these.
 */
class CollabSocket extends WebSocket {
  connection: Connection | null = null;
}

// ws types a listener's `this` as its own socket class; ours are all CollabSockets.
const connectionOf = (ws: WebSocket) => (ws as CollabSocket).connection;
function onMessage(this: WebSocket, data: RawData): void {
  connectionOf(this)?.receive(toBytes(data));
}
function onClose(this: WebSocket): void {
  connectionOf(this)?.closed();
}
function onError(this: WebSocket, error: Error): void {
  connectionOf(this)?.endpoint.logger.warn('websocket error', { error: String(error) });
}

const NO_COMMUNITIES: readonly string[] = Object.freeze([]);
/** ws copies its send options: one object serves every send. */
const BINARY = { binary: true } as const;

/**
 * One client's socket as its room sees it (a Peer): admitted once its token is
 * checked, its early messages held until its document is ready, its reading
 * throttled, and what it may owe bounded.
 */
class Connection implements Peer {
  role: Role = 'viewer';
  initiativeId = '';
  author: Author | null = null;
  communities: readonly string[] = NO_COMMUNITIES;
  private room: Room | null = null;
  /** Messages read while the token is checked and the document loads, in order. */
  private early: Uint8Array[] | null = null;
  private isClosed = false;
  /** Bytes of one oversized message still on their way, not counted against the limit. */
  private oversized = 0;
  private readonly throttle: Throttle;

  constructor(
    private readonly ws: CollabSocket,
    readonly endpoint: Endpoint,
  ) {
    this.throttle = new Throttle(ws, this);
  }

  /** Admit (see admission.ts), then join the document's room and hand it what came meanwhile. */
  async open(encodedName: string, token: string | null): Promise<void> {
    const { app, rooms } = this.endpoint;
    const admission = await admit(app, encodedName, token);
    if (!admission.admitted) return this.ws.close(admission.code, admission.reason);
    if (this.isClosed) return;
    const { credentials } = admission;
    this.role = credentials.role;
    this.initiativeId = credentials.initiativeId;
    this.author = credentials.participant;
    if (credentials.communities.length > 0) this.communities = credentials.communities;
    if (credentials.expiresAt) closeAtExpiry(this.ws, Date.parse(credentials.expiresAt));
    // The room gates writes by its own status, kept current by status events:
    // the draft read on admission may be stale by now.
    const joined = await rooms.join(admission.docName, this);
    if (this.isClosed) {
      rooms.leave(joined, this);
      return;
    }
    this.room = joined;
    const early = this.early ?? [];
    this.early = null;
    for (const message of early) this.deliver(message);
    if (this.ws.isPaused) this.ws.resume();
  }

  receive(message: Uint8Array): void {
    this.throttle.receive(message);
  }

  /** A message the throttle let through: to the room, or held until there is one. */
  deliver(message: Uint8Array): void {
    if (!this.room) {
      if ((this.early ??= []).push(message) >= MAX_EARLY_MESSAGES) this.ws.pause();
      return;
    }
    // A socket being closed (a malformed message, a revoked token) is read no
    // further: what it sent after that, already received or held back, is dropped.
    if (this.ws.readyState === this.ws.OPEN) this.room.handleMessage(this, message);
  }

  get held(): boolean {
    return !this.room && (this.early?.length ?? 0) >= MAX_EARLY_MESSAGES;
  }

  closed(): void {
    this.isClosed = true;
    this.throttle.stop();
    if (this.room) this.endpoint.rooms.leave(this.room, this);
  }

  send(message: Uint8Array): void {
    const ws = this.ws;
    if (ws.readyState !== ws.OPEN) return;
    const unsent = ws.bufferedAmount - this.oversized;
    if (unsent + message.length <= MAX_UNSENT_BYTES) {
      ws.send(message, BINARY);
    } else if (unsent <= 0 && this.oversized === 0) {
      this.oversized = message.length;
      ws.send(message, BINARY, () => (this.oversized = 0));
    } else {
      this.endpoint.logger.warn('socket not reading: over 8 MB unsent; dropping it', { document: this.room?.name ?? '' });
      ws.terminate();
    }
  }

  close(code: number, reason: string): void {
    this.ws.close(code, reason);
  }
}

/**
 * The thin adapter between `ws` and the room core: a `Connection` per socket,
 * which hands each message to its room, one at a time, in order.
 */
export function attachCollabEndpoint(server: Server, options: CollabEndpointOptions): { close(): void } {
  const endpoint: Endpoint = { app: options.app, rooms: options.rooms, logger: options.logger };
  // ws closes a socket whose message exceeds maxPayload with 1009, before reading it.
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, WebSocket: CollabSocket });
  const heartbeat = startHeartbeat(options.heartbeatMs ?? 30_000);

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(PATH_PREFIX)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    // Only these two strings outlive the upgrade: the URL object does not stay with the socket.
    const encodedName = url.pathname.slice(PATH_PREFIX.length);
    const token = url.searchParams.get('token');
    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new Connection(ws, endpoint);
      ws.connection = connection;
      heartbeat.track(ws);
      ws.on('error', onError);
      ws.on('message', onMessage);
      ws.on('close', onClose);
      connection.open(encodedName, token).catch((error) => {
        endpoint.logger.error('could not open document', { document: encodedName, error: String(error) });
        ws.close(1011, 'server error');
      });
    });
  });

  return {
    close() {
      heartbeat.stop();
      for (const ws of heartbeat.sockets()) ws.close(CloseCode.GoingAway, 'server shutting down');
      wss.close();
    },
  };
}

/** setTimeout's longest wait; a later expiry is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** An invite that expires closes the sockets opened with it at that moment: one timer per socket, no polling. */
function closeAtExpiry(ws: WebSocket, expiresAt: number): void {
  const wait = () => {
    const left = expiresAt - Date.now();
    if (left <= 0) return ws.close(CloseCode.Unauthorized, 'invite expired');
    timer = setTimeout(wait, Math.min(left, MAX_TIMER_MS));
    timer.unref();
  };
  let timer: NodeJS.Timeout | undefined;
  wait();
  ws.once('close', () => clearTimeout(timer));
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
