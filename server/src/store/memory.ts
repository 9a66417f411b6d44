import * as Y from 'yjs';
import type { DocumentStore } from './types.js';

/**
 * Documents kept in memory, for unit tests of the rooms: the same contract as
 * the SQL stores (tests/integration/store.test.ts runs it on all three), and
 * nothing survives the process.
 */
export function createMemoryDocumentStore(): DocumentStore {
  const logs = new Map<string, Uint8Array[]>();
  return {
    async load(name) {
      return [...(logs.get(name) ?? [])];
    },
    async append(entries) {
      // Copies: a caller may reuse its buffers, a store keeps what it was given.
      for (const { name, update } of entries) logs.set(name, [...(logs.get(name) ?? []), update.slice()]);
    },
    async compact(name, state) {
      const rows = logs.get(name);
      if (!rows || rows.length < 2) return;
      logs.set(name, [state ? state() : Y.mergeUpdates(rows)]);
    },
  };
}
