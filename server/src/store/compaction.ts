import { Worker } from 'node:worker_threads';

/** What the compaction thread needs: the database file, its settings and its statements. */
export interface CompactionSetup {
  file: string;
  pragmas: string[];
  sql: { loadDocument: string; appendUpdate: string; dropLogUpTo: string };
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * Compaction of the SQLite document log, served by `compaction.worker.js` on a
 * thread of its own, started at the first compaction. If the thread dies, what
 * was in flight fails (the log is kept as it was) and the next request starts
 * a new thread.
 */
export class SqliteCompaction {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(private readonly setup: CompactionSetup) {}

  compact(name: string): Promise<void> {
    return this.request('compact', [name]);
  }

  /** Close the thread's connection once everything sent before has been served. */
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
    const worker = new Worker(new URL('./compaction.worker.js', import.meta.url), { workerData: this.setup });
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
    worker.on('exit', (code) => lost(new Error(`compaction thread exited with code ${code}`)));
    // Only what is in flight keeps the process alive (see request).
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
