import type { Logger } from '../log.js';
import type { DocumentStore, DocumentUpdate } from '../store/types.js';

/**
 * Group commit: every update applied during one event-loop turn, across all
 * rooms, goes to the store in one transaction at the end of the turn. Whatever
 * a room sends that could carry those updates waits (`whenDurable`) until that
 * transaction is committed, so nothing reaches a client before it is on disk.
 *
 * A failed commit is never dropped: the batch stays first in line and is tried
 * again, and everything waiting on it keeps waiting.
 */
export class WriteAhead {
  /** Updates of the turn in progress, and the sends that must follow them. */
  private open: { entries: DocumentUpdate[]; waiters: Array<() => void> } = { entries: [], waiters: [] };
  private scheduled = false;
  private flushing = false;
  private retryDelayMs = 50;
  private idle: Array<() => void> = [];

  constructor(
    private readonly store: DocumentStore,
    private readonly logger: Logger,
  ) {}

  append(name: string, update: Uint8Array): void {
    this.open.entries.push({ name, update });
    this.schedule();
  }

  /** Run `send` once every update applied so far is on disk: at once if nothing is pending. */
  whenDurable(send: () => void): void {
    if (!this.flushing && this.open.entries.length === 0) {
      send();
      return;
    }
    this.open.waiters.push(send);
    this.schedule();
  }

  /** True while some update is not yet committed. */
  get pending(): boolean {
    return this.flushing || this.open.entries.length > 0;
  }

  /** Resolves when every update appended so far is committed (for shutdown). */
  drained(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    // setImmediate runs after the I/O callbacks of this turn: the messages that
    // arrived together are committed together.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.open;
    this.open = { entries: [], waiters: [] };
    this.flushing = true;
    try {
      if (batch.entries.length > 0) await this.store.append(batch.entries);
      this.retryDelayMs = 50;
    } catch (error) {
      // Keep the batch first in line, merged with whatever arrived meanwhile.
      this.open = {
        entries: [...batch.entries, ...this.open.entries],
        waiters: [...batch.waiters, ...this.open.waiters],
      };
      this.logger.error('store.append failed; retrying', {
        documents: [...new Set(batch.entries.map((e) => e.name))],
        updates: batch.entries.length,
        retryInMs: this.retryDelayMs,
        error: String(error),
      });
      // `flushing` stays true until the retry, so no second flush starts meanwhile.
      setTimeout(() => {
        this.flushing = false;
        void this.flush();
      }, this.retryDelayMs);
      this.retryDelayMs = Math.min(this.retryDelayMs * 2, 5_000);
      return;
    }
    this.flushing = false;
    for (const send of batch.waiters) send();
    if (this.open.entries.length > 0 || this.open.waiters.length > 0) this.schedule();
    else for (const resolve of this.idle.splice(0)) resolve();
  }
}
