import { WorkerThread } from '../workerThread.js';

/** What the compaction thread needs: the database file, its settings and its statements. */
export interface CompactionSetup {
  file: string;
  pragmas: string[];
  sql: { loadDocument: string; appendUpdate: string; dropLogUpTo: string };
}

/**
 * Compaction of the SQLite document log, served by `compaction.worker.js` on a
 * thread of its own (see workerThread.ts), started at the first compaction.
 */
export class SqliteCompaction {
  private readonly thread: WorkerThread;

  constructor(setup: CompactionSetup) {
    this.thread = new WorkerThread(new URL('./compaction.worker.js', import.meta.url), { workerData: setup });
  }

  compact(name: string): Promise<void> {
    return this.thread.request('compact', [name]);
  }

  /** Close the thread's connection once everything sent before has been served. */
  async close(): Promise<void> {
    if (!this.thread.started) return;
    await this.thread.request('close', []);
    await this.thread.terminate();
  }
}
