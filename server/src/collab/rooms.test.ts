import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../log.js';
import { createMemoryDocumentStore } from '../store/memory.js';
import type { Peer } from './peer.js';
import { encodeUpdate } from './protocol.js';
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
