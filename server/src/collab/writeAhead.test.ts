import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { DocumentStore, Store } from '../store/types.js';
import { WriteAhead } from './writeAhead.js';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

/** The real SQLite store, with its commits counted (and the first `failures` refused). */
function countedStore(failures = 0): { store: Store; documents: DocumentStore; commits: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'charter-wal-'));
  const store = openSqliteStore(dir);
  cleanup.push(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const commits: number[] = [];
  let refusals = failures;
  const documents: DocumentStore = {
    ...store.documents,
    async append(entries) {
      if (refusals-- > 0) throw new Error('disk is full');
      commits.push(entries.length);
      return store.documents.append(entries);
    },
  };
  return { store, documents, commits };
}

const quiet = createLogger(() => {});

describe('WriteAhead', () => {
  it('commits every update of one turn in one transaction, then runs what waited, in order', async () => {
    const { store, documents, commits } = countedStore();
    const writeAhead = new WriteAhead(documents, quiet);
    const order: string[] = [];
    for (let i = 0; i < 100; i++) {
      writeAhead.append(i % 2 ? 'a' : 'b', new Uint8Array([i]));
      writeAhead.whenDurable(() => order.push(`sent ${i}`));
    }
    expect(order).toEqual([]);
    await writeAhead.drained();
    expect(commits).toEqual([100]);
    expect(order).toEqual(Array.from({ length: 100 }, (_, i) => `sent ${i}`));
    expect(await store.documents.load('a')).toHaveLength(50);
  });

  it('sends at once when nothing is pending', () => {
    const { documents } = countedStore();
    const writeAhead = new WriteAhead(documents, quiet);
    let sent = false;
    writeAhead.whenDurable(() => (sent = true));
    expect(sent).toBe(true);
  });

  it('keeps a batch whose commit failed, retries it, and sends nothing before', async () => {
    const { store, documents, commits } = countedStore(2);
    const writeAhead = new WriteAhead(documents, quiet);
    let sent = false;
    writeAhead.append('a', new Uint8Array([1]));
    writeAhead.whenDurable(() => (sent = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toBe(false);
    writeAhead.append('a', new Uint8Array([2]));
    await writeAhead.drained();
    expect(sent).toBe(true);
    expect(commits.reduce((a, b) => a + b, 0)).toBe(2);
    expect((await store.documents.load('a')).map((u) => u[0])).toEqual([1, 2]);
  });
});
