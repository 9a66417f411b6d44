import { Worker } from 'node:worker_threads';

interface Pending {
  /** The thread asked: if it dies, this request fails, and no other. */
  worker: Worker;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export interface WorkerThreadOptions {
  workerData?: unknown;
  /** Stop the thread after this long without a request, and give its memory back. */
  idleMs?: number;
}

/**
 * Work that would stall every room if done on the main thread (rendering a PDF,
 * reading an imported file), sent to a thread of its own. The thread runs
 * `file`, started at the first request; it answers each `{ id, op, args }`
 * message with `{ id, result }` or `{ id, error }`, in any order. It keeps the
 * process alive only while a request is in flight. If it dies, what was in
 * flight fails and the next request starts a new thread.
 */
export class WorkerThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private idle: NodeJS.Timeout | undefined;

  constructor(
    private readonly file: URL,
    private readonly options: WorkerThreadOptions = {},
  ) {}

  get started(): boolean {
    return this.worker !== null;
  }

  request<T>(op: string, args: unknown[]): Promise<T> {
    clearTimeout(this.idle);
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { worker, resolve: resolve as (value: unknown) => void, reject });
      worker.ref();
      worker.postMessage({ id, op, args });
    });
  }

  /** Stop the thread; a later request starts a new one. */
  async terminate(): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file, { workerData: this.options.workerData });
    worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (![...this.pending.values()].some((other) => other.worker === worker)) {
        worker.unref();
        const { idleMs } = this.options;
        if (idleMs !== undefined && worker === this.worker) this.idle = setTimeout(() => void this.terminate(), idleMs).unref();
      }
      if (error === undefined) waiting?.resolve(result);
      else waiting?.reject(new Error(error));
    });
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const [id, waiting] of this.pending) {
        if (waiting.worker !== worker) continue;
        this.pending.delete(id);
        waiting.reject(error);
      }
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`worker thread exited with code ${code}`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
