import { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { teardownLater } from './teardown.js';

/** y-websocket message types and sync sub-types, as the wire has them. */
export const Wire = { Sync: 0, Awareness: 1, QueryAwareness: 3, Step1: 0, Step2: 1, Update: 2 } as const;

export function syncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, Wire.Sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, Wire.Awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * A hand-driven collab socket: it sends exactly what a test tells it to and
 * keeps what the server sends, so a test can do what no stock client would.
 */
export async function openRaw(collabUrl: string, docName: string, token: string) {
  const ws = new WebSocket(`${collabUrl}/${docName}?token=${token}`);
  ws.on('error', () => {});
  teardownLater(() => ws.terminate());
  const received: Uint8Array[] = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (data: Buffer) => {
    received.push(new Uint8Array(data));
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('close', () => reject(new Error('closed before open')));
  });

  /** Wait for a message from the server that `accept` takes, received after `from`. */
  function next(accept: (message: Uint8Array) => boolean, from = received.length, timeoutMs = 10_000): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such message in time')), timeoutMs);
      const look = () => {
        const found = received.slice(from).find(accept);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else waiters.push(look);
      };
      look();
    });
  }

  /** The server's state vector, as it answers a sync step 1 once everything before is on disk. */
  async function storedStateVector(known: Uint8Array): Promise<Map<number, number>> {
    const from = received.length;
    // With what we know as our state vector, the step 2 that follows stays small.
    ws.send(syncMessage(Wire.Step1, known));
    const answer = await next((m) => m[0] === Wire.Sync && m[1] === Wire.Step1, from);
    const decoder = decoding.createDecoder(answer);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    return Y.decodeStateVector(decoding.readVarUint8Array(decoder));
  }

  return {
    ws,
    received,
    closed,
    next,
    /** Wait until the server has stored everything `doc` holds. */
    async holds(doc: Y.Doc, timeoutMs = 30_000): Promise<void> {
      const started = Date.now();
      for (;;) {
        const stored = await storedStateVector(Y.encodeStateVector(doc));
        if ([...Y.decodeStateVector(Y.encodeStateVector(doc))].every(([client, clock]) => (stored.get(client) ?? 0) >= clock)) return;
        if (Date.now() - started > timeoutMs) throw new Error('the server does not hold the document in time');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    /**
     * Send a sync step 1 and wait for the server's step 2 to it: messages of a
     * socket are read in order, so everything sent before has been handled.
     * Resolves with the server's document as the answer gives it.
     */
    async roundTrip(): Promise<Y.Doc> {
      const from = received.length;
      ws.send(syncMessage(Wire.Step1, Y.encodeStateVector(new Y.Doc())));
      const answer = await next((m) => m[0] === Wire.Sync && m[1] === Wire.Step2, from);
      const decoder = decoding.createDecoder(answer);
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
      return doc;
    },
  };
}
