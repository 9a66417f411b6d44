import { Worker } from 'node:worker_threads';
import type { ClientSpec, ConnectResult, Progress, Reply, Report, Request } from './protocol.js';

const REPLY_TIMEOUT_MS = 120_000;
/**
 * Node 20 does not apply the parent's `--import tsx` to a worker's entry, so
 * the worker registers tsx itself before it loads the TypeScript.
 */
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}); });`;

/** One worker thread, asked one thing at a time and answered by id. */
class WorkerLink {
  private readonly worker = new Worker(BOOT, { eval: true });
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 0;

  constructor() {
    this.worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply.value);
      else waiter?.reject(new Error(reply.error));
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', () => this.failAll(new Error('worker exited')));
  }

  ask<T>(request: Request): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`worker did not answer ${request.op} in time`));
      }, REPLY_TIMEOUT_MS);
      this.waiting.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.worker.postMessage({ id, request });
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}

export interface PoolReport extends Omit<Report, 'sentByRoom' | 'receiversByRoom'> {
  sent: number;
  /** Deliveries that should have happened: each room's edits times its synced receivers. */
  expected: number;
}

/** Clients spread over worker threads, driven together. */
export class ClientPool {
  private readonly links: WorkerLink[];

  constructor(workers: number) {
    this.links = Array.from({ length: workers }, () => new WorkerLink());
  }

  /** Open the clients (dealt round-robin to the workers); resolves when each has synced or failed. */
  async connect(specs: ClientSpec[], concurrencyPerWorker = 32): Promise<ConnectResult> {
    const shares = this.links.map((_, index) => specs.filter((_, i) => i % this.links.length === index));
    const results = await Promise.all(
      this.links.map((link, index) => link.ask<ConnectResult>({ op: 'connect', clients: shares[index], concurrency: concurrencyPerWorker })),
    );
    return {
      synced: results.reduce((sum, r) => sum + r.synced, 0),
      failed: results.reduce((sum, r) => sum + r.failed, 0),
      firstError: results.find((r) => r.firstError)?.firstError,
    };
  }

  async go(): Promise<void> {
    await Promise.all(this.links.map((link) => link.ask({ op: 'go' })));
  }

  async progress(): Promise<Progress> {
    const all = await Promise.all(this.links.map((link) => link.ask<Progress>({ op: 'progress' })));
    return {
      sent: all.reduce((sum, p) => sum + p.sent, 0),
      received: all.reduce((sum, p) => sum + p.received, 0),
      writing: all.reduce((sum, p) => sum + p.writing, 0),
    };
  }

  /**
   * Wait until the writers are done and `expected(sent)` deliveries arrived, or
   * nothing more arrived for `quietMs` after the writers finished (the rest is missed).
   */
  async settle(expected: (sent: number) => number, quietMs: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = -1;
    let lastChange = Date.now();
    while (Date.now() < deadline) {
      const progress = await this.progress();
      if (progress.writing === 0 && progress.received >= expected(progress.sent)) return;
      if (progress.received !== last) {
        last = progress.received;
        lastChange = Date.now();
      } else if (progress.writing === 0 && Date.now() - lastChange > quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async report(): Promise<PoolReport> {
    const reports = await Promise.all(this.links.map((link) => link.ask<Report>({ op: 'report' })));
    const sentByRoom = new Map<string, number>();
    const receiversByRoom = new Map<string, number>();
    for (const report of reports) {
      for (const [room, n] of Object.entries(report.sentByRoom)) sentByRoom.set(room, (sentByRoom.get(room) ?? 0) + n);
      for (const [room, n] of Object.entries(report.receiversByRoom)) receiversByRoom.set(room, (receiversByRoom.get(room) ?? 0) + n);
    }
    const latencies = new Float64Array(reports.reduce((sum, r) => sum + r.latencies.length, 0));
    let offset = 0;
    for (const report of reports) {
      latencies.set(report.latencies, offset);
      offset += report.latencies.length;
    }
    let expected = 0;
    for (const [room, sent] of sentByRoom) expected += sent * (receiversByRoom.get(room) ?? 0);
    return {
      latencies,
      sent: [...sentByRoom.values()].reduce((sum, n) => sum + n, 0),
      expected,
      received: reports.reduce((sum, r) => sum + r.received, 0),
      firstSentAt: Math.min(...reports.map((r) => r.firstSentAt)),
      lastReceivedAt: Math.max(...reports.map((r) => r.lastReceivedAt)),
      open: reports.reduce((sum, r) => sum + r.open, 0),
      dropped: reports.reduce((sum, r) => sum + r.dropped, 0),
    };
  }

  /** Close every client and end the workers (also after a failure: each step is best effort). */
  async close(): Promise<void> {
    await Promise.allSettled(this.links.map((link) => link.ask({ op: 'close' })));
    // Let the close frames go out before the threads end.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await Promise.allSettled(this.links.map((link) => link.terminate()));
  }
}
