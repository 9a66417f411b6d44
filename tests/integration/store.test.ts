import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openPostgresStore } from '../../server/src/store/postgres.js';
import { createMemoryDocumentStore } from '../../server/src/store/memory.js';
import { openSqliteStore } from '../../server/src/store/sqlite.js';
import type { DocumentStore, Store } from '../../server/src/store/types.js';
import { createDatabase } from '../support/postgres.js';
import { teardownLater } from '../support/teardown.js';

/**
 * One contract, every store: what rooms and routes rely on, checked against
 * SQLite and against the machine's PostgreSQL alike.
 */
type Location = string;
const STORES: Array<[string, () => Promise<Location>, (location: Location) => Promise<Store>]> = [
  [
    'SQLite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'charter-store-'));
      teardownLater(() => rmSync(dir, { recursive: true, force: true }));
      return dir;
    },
    async (dir) => openSqliteStore(dir),
  ],
  [
    'PostgreSQL',
    async () => {
      const database = await createDatabase();
      teardownLater(() => database.drop());
      return database.url;
    },
    openPostgresStore,
  ],
];

/** The document half of the contract holds for the in-memory store of unit tests too. */
const DOCUMENT_STORES: Array<[string, () => Promise<DocumentStore>]> = [
  ...STORES.map(([name, place, openAt]): [string, () => Promise<DocumentStore>] => [
    name,
    async () => {
      const store = await openAt(await place());
      teardownLater(() => store.close().catch(() => {}));
      return store.documents;
    },
  ]),
  ['in-memory', async () => createMemoryDocumentStore()],
];

/** Updates of a document written one edit at a time. */
function edits(count: number): { updates: Uint8Array[]; text: string } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getText('t').insert(doc.getText('t').length, `${i},`);
  return { updates, text: doc.getText('t').toString() };
}

function replay(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

describe.each(DOCUMENT_STORES)('%s document store', (_name, open) => {
  it('loads what was appended, in order, per document', async () => {
    const documents = await open();
    const { updates, text } = edits(20);
    await documents.append(updates.map((update) => ({ name: 'd1', update })));
    await documents.append([{ name: 'd2', update: updates[0] }]);
    const loaded = await documents.load('d1');
    expect(loaded).toHaveLength(20);
    expect(replay(loaded)).toBe(text);
    expect(await documents.load('d2')).toHaveLength(1);
    expect(await documents.load('none')).toEqual([]);
  });

  it('compacts the log into one row that holds the same document', async () => {
    const documents = await open();
    const { updates, text } = edits(200);
    await documents.append(updates.map((update) => ({ name: 'd', update })));
    await documents.compact('d');
    const loaded = await documents.load('d');
    expect(loaded).toHaveLength(1);
    expect(replay(loaded)).toBe(text);
    // Appends after compaction come after the merged row.
    const more = new Y.Doc();
    Y.applyUpdate(more, loaded[0]);
    const next: Uint8Array[] = [];
    more.on('update', (update: Uint8Array) => next.push(update));
    more.getText('t').insert(0, 'first:');
    await documents.append(next.map((update) => ({ name: 'd', update })));
    expect(replay(await documents.load('d'))).toBe('first:' + text);
  });

  it("folds the log into one row from the document's state when it is given (its room's), keeping later appends", async () => {
    const documents = await open();
    const { updates, text } = edits(300);
    await documents.append(updates.map((update) => ({ name: 'd', update })));
    const room = new Y.Doc();
    for (const update of updates) Y.applyUpdate(room, update);
    let asked = 0;
    await documents.compact('d', () => {
      asked++;
      return Y.encodeStateAsUpdate(room);
    });
    const loaded = await documents.load('d');
    expect(loaded).toHaveLength(1);
    expect(replay(loaded)).toBe(text);
    // A store only this process writes takes the state; PostgreSQL, shared by instances, merges its rows.
    expect(asked).toBeLessThanOrEqual(1);
    // The next compaction folds what came after, and nothing is lost.
    const after = new Y.Doc();
    Y.applyUpdate(after, loaded[0]);
    const next: Uint8Array[] = [];
    after.on('update', (update: Uint8Array) => next.push(update));
    after.getText('t').insert(0, 'first:');
    await documents.append(next.map((update) => ({ name: 'd', update })));
    await documents.compact('d', () => Y.encodeStateAsUpdate(after));
    expect(await documents.load('d')).toHaveLength(1);
    expect(replay(await documents.load('d'))).toBe('first:' + text);
  });

  it('keeps every update appended while a compaction runs', async () => {
    const documents = await open();
    const { updates, text } = edits(2_000);
    const [early, late] = [updates.slice(0, 1_500), updates.slice(1_500)];
    await documents.append(early.map((update) => ({ name: 'd', update })));
    // Appends go on, one commit each, while the long log is merged.
    const compacted = documents.compact('d');
    for (const update of late) await documents.append([{ name: 'd', update }]);
    await compacted;
    const loaded = await documents.load('d');
    expect(replay(loaded)).toBe(text);
    expect(loaded.length).toBeLessThan(updates.length);
  });
});

describe.each(STORES)('%s store', (_name, place, openAt) => {
  async function open(location?: Location) {
    const where = location ?? (await place());
    const store = await openAt(where);
    teardownLater(() => store.close().catch(() => {}));
    return { store, dir: where };
  }

  it('keeps everything across a reopen, and migrates once', async () => {
    const { store, dir } = await open();
    const { updates, text } = edits(5);
    await store.documents.append(updates.map((update) => ({ name: 'd', update })));
    await store.app.createInitiative({ id: 'i', name: 'N', place: 'P', createdAt: '2026-01-01T00:00:00.000Z' }, [{ role: 'editor', tokenHash: 'h' }]);
    await store.close();
    const again = (await open(dir)).store;
    expect(replay(await again.documents.load('d'))).toBe(text);
    expect(await again.app.findInvite('h')).toEqual({ initiativeId: 'i', role: 'editor', expiresAt: null });
  });

  it('leaves exactly one live invite of a role after replacements made at the same moment', async () => {
    const { store } = await open();
    await store.app.createInitiative({ id: 'i', name: 'N', place: 'P', createdAt: '2026-01-01T00:00:00.000Z' }, [{ role: 'editor', tokenHash: 'first' }]);
    const hashes = Array.from({ length: 10 }, (_, i) => `new-${i}`);
    await Promise.all(hashes.map((hash) => store.app.replaceInvite('i', 'editor', hash, '2026-01-02T00:00:00.000Z', null)));
    const live = [];
    for (const hash of ['first', ...hashes]) if (await store.app.findInvite(hash)) live.push(hash);
    expect(live).toHaveLength(1);
  });
});
