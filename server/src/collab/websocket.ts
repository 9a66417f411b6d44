import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode } from '@charter/shared';
import type { Logger } from '../log.js';
import type { AppStore } from '../store/types.js';
import { admit } from './admission.js';
import type { Peer } from './peer.js';
import type { Room } from './room.js';
import type { Rooms } from './rooms.js';
import { startHeartbeat } from './heartbeat.js';
import { throttle } from './throttle.js';

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


/**
 * The thin adapter between `ws` and the room core: admit on connect (see
 * admission.ts), then hand each message to the room, one at a time, in order.
 */
export function attachCollabEndpoint(server: Server, options: CollabEndpointOptions): { close(): void } {
  const { app, rooms, logger, maxMessageBytes } = options;
  // ws closes a socket whose message exceeds maxPayload with 1009, before reading it.
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  const heartbeat = startHeartbeat(options.heartbeatMs ?? 30_000);

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(PATH_PREFIX)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => connect(ws, url));
  });

  function connect(ws: WebSocket, url: URL): void {
    let room: Room | null = null;
    let closed = false;
    const early: Uint8Array[] = [];

    heartbeat.track(ws);
    ws.on('error', (error) => logger.warn('websocket error', { error: String(error) }));
    // A socket being closed (a malformed message, a revoked token) is read no
    // further: what it sent after that, already received or held back, is dropped.
    const deliver = (into: Room, message: Uint8Array) => {
      if (ws.readyState === ws.OPEN) into.handleMessage(peer, message);
    };
    const receive = throttle(
      ws,
      (message) => {
        if (room) {
          deliver(room, message);
        } else if (early.push(message) >= MAX_EARLY_MESSAGES) {
          ws.pause();
        }
      },
      () => !room && early.length >= MAX_EARLY_MESSAGES,
    );
    ws.on('message', (data) => receive(toBytes(data)));
    ws.on('close', () => {
      closed = true;
      if (room) rooms.leave(room, peer);
    });

    /** Known once admitted; the room sends nothing before. */
    let docName = '';
    /** Bytes of one oversized message still on their way, not counted against the limit. */
    let oversized = 0;
    // Role and initiative are filled in once the token is checked; until then no message is read.
    const peer: { -readonly [K in keyof Peer]: Peer[K] } = {
      role: 'viewer',
      initiativeId: '',
      author: null,
      communities: [],
      send(message) {
        if (ws.readyState !== ws.OPEN) return;
        const unsent = ws.bufferedAmount - oversized;
        if (unsent + message.length <= MAX_UNSENT_BYTES) {
          ws.send(message, { binary: true });
        } else if (unsent <= 0 && oversized === 0) {
          oversized = message.length;
          ws.send(message, { binary: true }, () => (oversized = 0));
        } else {
          logger.warn('socket not reading: over 8 MB unsent; dropping it', { document: docName });
          ws.terminate();
        }
      },
      close(code, reason) {
        ws.close(code, reason);
      },
    };

    void (async () => {
      const admission = await admit(app, url.pathname.slice(PATH_PREFIX.length), url.searchParams.get('token'));
      if (!admission.admitted) return ws.close(admission.code, admission.reason);
      if (closed) return;
      const { credentials } = admission;
      docName = admission.docName;
      peer.role = credentials.role;
      peer.initiativeId = credentials.initiativeId;
      peer.author = credentials.participant;
      peer.communities = credentials.communities;
      if (credentials.expiresAt) closeAtExpiry(ws, Date.parse(credentials.expiresAt));
      // The room gates writes by its own status, kept current by status events:
      // the draft read on admission may be stale by now.
      const joined = await rooms.join(docName, peer);
      if (closed) {
        rooms.leave(joined, peer);
        return;
      }
      room = joined;
      for (const message of early.splice(0)) deliver(joined, message);
      if (ws.isPaused) ws.resume();
    })().catch((error) => {
      logger.error('could not open document', { document: docName || url.pathname, error: String(error) });
      ws.close(1011, 'server error');
    });
  }

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
