import * as Y from 'yjs';

/**
 * A document's encoded size as far as it is known without encoding it at each
 * update: what was stored at load plus every update since (an overestimate:
 * deletions are not subtracted), measured exactly at compaction and before an
 * update is refused for passing the cap (MAX_DOCUMENT_BYTES).
 */
export class DocumentSize {
  private bytes: number;
  /** Is `bytes` exact (measured, nothing added since)? */
  private measured = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly max: number,
    stored: Uint8Array[],
  ) {
    this.bytes = stored.reduce((sum, update) => sum + update.length, 0);
  }

  get estimate(): number {
    return this.bytes;
  }

  added(length: number): void {
    this.bytes += length;
    this.measured = false;
  }

  /** Would an update of this length grow the document past the cap? */
  wouldPass(length: number): boolean {
    if (this.bytes + length <= this.max) return false;
    if (!this.measured) this.measure();
    return this.bytes + length > this.max;
  }

  /** Encode the document to know its size (once in many updates). */
  measure(): void {
    this.bytes = Y.encodeStateAsUpdate(this.doc).length;
    this.measured = true;
  }
}

/** Updates waiting for missing dependencies, per document: an honest client leaves none for long. */
const MAX_PENDING_BYTES = 1024 * 1024;

/**
 * Updates whose dependencies have not arrived wait in the document, unstored,
 * and go to every client that joins. A client that sends such updates on
 * purpose would fill memory: past a bound they are dropped. Returns how many
 * bytes were dropped (0 if none).
 */
export function dropPendingPastBound(doc: Y.Doc): number {
  const store = doc.store;
  const pending = (store.pendingStructs?.update.length ?? 0) + (store.pendingDs?.length ?? 0);
  if (pending <= MAX_PENDING_BYTES) return 0;
  store.pendingStructs = null;
  store.pendingDs = null;
  return pending;
}
