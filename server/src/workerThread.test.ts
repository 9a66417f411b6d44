import { describe, expect, it, vi } from 'vitest';
import { WorkerThread } from './workerThread.js';

/** A thread that answers `double` and dies on `die`, written inline. */
const DOUBLER = new URL(
  'data:text/javascript,' +
    encodeURIComponent(`
      import { parentPort } from 'node:worker_threads';
      parentPort.on('message', ({ id, op, args }) => {
        if (op === 'die') process.exit(3);
        if (op === 'fail') return parentPort.postMessage({ id, error: 'no good' });
        parentPort.postMessage({ id, result: args[0] * 2 });
      });
    `),
);

describe('WorkerThread', () => {
  it('starts at the first request and answers each by its id', async () => {
    const thread = new WorkerThread(DOUBLER);
    expect(thread.started).toBe(false);
    expect(await Promise.all([1, 2, 3].map((n) => thread.request('double', [n])))).toEqual([2, 4, 6]);
    expect(thread.started).toBe(true);
    await expect(thread.request('fail', [])).rejects.toThrow('no good');
    await thread.terminate();
  });

  it('fails what was in flight when the thread dies, and starts a new one for the next request', async () => {
    const thread = new WorkerThread(DOUBLER);
    await expect(thread.request('die', [])).rejects.toThrow('exited with code 3');
    expect(thread.started).toBe(false);
    expect(await thread.request('double', [21])).toBe(42);
    await thread.terminate();
  });

  it('stops after being idle, and starts again when asked', async () => {
    const thread = new WorkerThread(DOUBLER, { idleMs: 50 });
    expect(await thread.request('double', [1])).toBe(2);
    await vi.waitFor(() => expect(thread.started).toBe(false));
    expect(await thread.request('double', [2])).toBe(4);
    await thread.terminate();
  });
});
