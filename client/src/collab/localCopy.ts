import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import type * as Y from 'yjs';
import { bodyDocName, notesDocName } from '@charter/shared';

/**
 * A copy of a draft's document in this browser's IndexedDB: whoever loses the
 * connection keeps writing, the edits survive a reload or a closed tab, and
 * the provider sends them when the socket is back (Yjs merges them).
 */

const DB_PREFIX = 'charter-doc:';
const CONFIRMED_PREFIX = 'charter.confirmed.';

export interface LocalCopy {
  /** The origin of the updates read back from this device. */
  readonly origin: unknown;
  /** Has the stored copy been read, so that new changes are written to it? */
  isReady(): boolean;
  subscribe(listener: () => void): () => void;
  /** Stop writing the copy (the document goes away). */
  destroy(): void;
  /** Remove the copy from this device: the server will not take its changes. */
  clear(): Promise<void>;
}

/** Keep `doc` (named `docName` on the server) on this device; null where IndexedDB is missing. */
export function keepLocalCopy(docName: string, doc: Y.Doc): LocalCopy | null {
  if (typeof indexedDB === 'undefined') return null;
  let persistence: IndexeddbPersistence;
  try {
    persistence = new IndexeddbPersistence(DB_PREFIX + docName, doc);
  } catch {
    return null;
  }
  const listeners = new Set<() => void>();
  let ready = false;
  let gone = false;
  void persistence.whenSynced.then(() => {
    if (gone) return;
    ready = true;
    listeners.forEach((listener) => listener());
  });
  return {
    origin: persistence,
    isReady: () => ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      gone = true;
      listeners.clear();
      void persistence.destroy();
    },
    async clear() {
      gone = true;
      ready = false;
      listeners.forEach((listener) => listener());
      listeners.clear();
      forgetConfirmed(docName);
      await persistence.clearData().catch(() => clearDocument(DB_PREFIX + docName));
    },
  };
}

/**
 * Remove every copy of a draft's documents from this device: done when no
 * stored invite opens the draft any more, so nothing it held stays forever.
 */
export async function clearLocalCopies(draftId: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await Promise.all(
    [bodyDocName(draftId), notesDocName(draftId)].map((name) => {
      forgetConfirmed(name);
      return clearDocument(DB_PREFIX + name).catch(() => undefined);
    }),
  );
}

/**
 * The state vector the server last confirmed it stored, per document: lets a
 * page reloaded offline say "All changes saved" when that is still true.
 */
export function readConfirmed(docName: string): Uint8Array | null {
  try {
    const raw = localStorage.getItem(CONFIRMED_PREFIX + docName);
    if (!raw) return null;
    return Uint8Array.from(atob(raw), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export function writeConfirmed(docName: string, vector: Uint8Array): void {
  try {
    localStorage.setItem(CONFIRMED_PREFIX + docName, btoa(String.fromCharCode(...vector)));
  } catch {
    // Storage full or disabled: a reload offline then says "not saved yet" until the server answers.
  }
}

function forgetConfirmed(docName: string): void {
  try {
    localStorage.removeItem(CONFIRMED_PREFIX + docName);
  } catch {
    // Storage disabled: nothing was kept.
  }
}
