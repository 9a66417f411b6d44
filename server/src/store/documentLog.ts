import { Worker } from 'node:worker_threads';
import type { DocumentStore, DocumentUpdate } from './types.js';

/** What the log's thread needs: the database file, its settings and its statements. */
export interface DocumentLogSetup {
  file: string;
  pragmas: string[];
  sql: { loadDocument: string; appendUpdate: string; touchDocument: string; dropLogUpTo: string };
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * The SQLite document store, served by `documentLog.worker.js` on its own
 * thread so that waiting for the disk never blocks the event loop. If the
 * thread dies, what was in flight fails (the write-ahead queue retries it) and
 * the next request starts a new thread.
 */
export class SqliteDocumentLog implements DocumentStore {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(private readonly setup: DocumentLogSetup) {
    // Started at once: the thread's fixed cost belongs to the server, not to the first room.
    this.started();
  }

  load(name: string): Promise<Uint8Array[]> {
    return this.request('load', [name]);
  }

  append(entries: readonly DocumentUpdate[]): Promise<void> {
    return this.request('append', [entries, new Date().toISOString()]);
  }

  compact(name: string): Promise<void> {
    return this.request('compact', [name]);
  }

  /** Close the database once everything sent before has been served. */
  async close(): Promise<void> {
    if (!this.worker) return;
    await this.request('close', []);
    await this.worker?.terminate();
    this.worker = null;
  }

  private request<T>(op: string, args: unknown[]): Promise<T> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // Keep the process alive while something is in flight, and only then.
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, op, args });
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./documentLog.worker.js', import.meta.url), { workerData: this.setup });
    worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (this.pending.size === 0) worker.unref();
      if (error === undefined) waiting?.resolve(result);
      else waiting?.reject(new Error(error));
    });
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`document log thread exited with code ${code}`)));
    // Only what is in flight keeps the process alive (see request).
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
