import * as decoding from 'lib0/decoding';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../log.js';
import { createMemoryDocumentStore } from '../store/memory.js';
import type { Peer } from './peer.js';
import { encodeSyncStep1, encodeUpdate } from './protocol.js';
import { Rooms } from './rooms.js';
import { WriteAhead } from './writeAhead.js';

function setup() {
  const store = { documents: createMemoryDocumentStore() };
  const logger = createLogger(() => {});
  const writeAhead = new WriteAhead(store.documents, logger);
  const rooms = new Rooms({ store: store.documents, writeAhead, logger, unloadAfterMs: 20, compactAfter: 10, readStatus: async () => 'drafting' });
  return { store, writeAhead, rooms };
}

/** A peer that keeps what it is sent: the room core needs no network. */
function peer(role: Peer['role']): Peer & { received: Uint8Array[]; closed: number | null } {
  return {
    role,
    initiativeId: 'i',
    author: null,
    communities: [],
    received: [],
    closed: null,
    send(message) {
      this.received.push(message);
    },
    close(code) {
      this.closed = code;
    },
  };
}

describe('Rooms', () => {
  it('compacts a long log, unloads an empty room, and loads it back whole', async () => {
    const { store, writeAhead, rooms } = setup();
    const writer = peer('editor');
    const room = await rooms.join('notes-doc.notes', writer);
    const source = new Y.Doc();
    // The room decides compaction itself, after each commit.
    source.on('update', (update: Uint8Array) => room.handleMessage(writer, encodeUpdate(update)));
    for (let i = 0; i < 30; i++) source.getMap('notes').set(`n${i}`, i);
    await writeAhead.drained();
    // Compaction runs after the commit: wait for it.
    await vi.waitFor(async () => expect((await store.documents.load('notes-doc.notes')).length).toBeLessThan(30));

    rooms.leave(room, writer);
    await vi.waitFor(async () => {
      expect(await rooms.all()).toEqual([]);
      expect(await store.documents.load('notes-doc.notes')).toHaveLength(1);
    });

    const reader = peer('viewer');
    const reopened = await rooms.join('notes-doc.notes', reader);
    expect(reopened).not.toBe(room);
    expect(reopened.doc.getMap('notes').toJSON()).toEqual(source.getMap('notes').toJSON());
  });

  it('answers joins in a row with the same encoded state, and a join after a change with the new one', async () => {
    const { writeAhead, rooms } = setup();
    const writer = peer('editor');
    const room = await rooms.join('notes-doc.notes', writer);
    const source = new Y.Doc();
    source.on('update', (update: Uint8Array) => room.handleMessage(writer, encodeUpdate(update)));
    source.getMap('notes').set('a', 1);
    await writeAhead.drained();

    /** A fresh client's sync step 1 (it has nothing); the whole state it is sent back, applied to a new doc. */
    const join = async () => {
      const joiner = peer('viewer');
      room.join(joiner);
      room.handleMessage(joiner, encodeSyncStep1(new Y.Doc()));
      await writeAhead.drained();
      const wholeState = joiner.received.at(-1)!;
      const doc = new Y.Doc();
      const decoder = decoding.createDecoder(wholeState);
      expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 1]);
      Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
      return { wholeState, json: doc.getMap('notes').toJSON() };
    };
    const first = await join();
    const second = await join();
    expect(second.wholeState).toBe(first.wholeState);
    expect(first.json).toEqual({ a: 1 });

    source.getMap('notes').set('b', 2);
    await writeAhead.drained();
    expect((await join()).json).toEqual({ a: 1, b: 2 });
  });

  it('shares one load between concurrent joins', async () => {
    const { rooms } = setup();
    const [a, b] = await Promise.all([rooms.join('d', peer('editor')), rooms.join('d', peer('viewer'))]);
    expect(a).toBe(b);
    expect(a.peers.size).toBe(2);
  });

  it('closes only the socket that sent a malformed message', async () => {
    const { rooms } = setup();
    const good = peer('editor');
    const bad = peer('editor');
    const room = await rooms.join('d', good);
    room.join(bad);
    room.handleMessage(bad, new Uint8Array([0, 2, 200, 1, 2]));
    expect(bad.closed).toBe(4400);
    expect(good.closed).toBeNull();
  });
});
