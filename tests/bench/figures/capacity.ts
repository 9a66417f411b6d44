import { ClientPool } from '../client/pool.js';
import type { ClientSpec } from '../client/protocol.js';
import { cpuMeter, rss } from '../servers/proc.js';
import type { Target } from '../servers/types.js';
import { percentile, sleep } from '../stats.js';

export interface CapacityOptions {
  rooms: number;
  perRoom: number;
  durationMs: number;
  workers: number;
}

const EDIT_EVERY_MS = 1_000;

/**
 * Capacity: `rooms` rooms of `perRoom` clients; in each, one writer edits once
 * a second (the rooms' writers spread over the second) and the others receive.
 * Server CPU is read over the editing phase; memory per connection is the RSS
 * growth from before the clients connected.
 */
export async function capacity(target: Target, options: CapacityOptions) {
  const rooms = await target.rooms(options.rooms);
  const before = rss(target.pid);
  const count = Math.floor(options.durationMs / EDIT_EVERY_MS);
  const specs: ClientSpec[] = rooms.flatMap((room, id) => [
    { endpoint: room.writer, writer: { id, count, everyMs: EDIT_EVERY_MS, offsetMs: (id * EDIT_EVERY_MS) / rooms.length } },
    ...Array.from({ length: options.perRoom - 1 }, () => ({ endpoint: room.reader })),
  ]);
  const pool = new ClientPool(options.workers);
  try {
    // Clients that cannot connect are not an error here: `held` counts those that did.
    await pool.connect(specs);
    await sleep(1_000);
    const cpu = cpuMeter(target.pid);
    await pool.go();
    await pool.settle((sent) => sent * (options.perRoom - 1), 3_000, options.durationMs + 60_000);
    const cpuPercent = cpu();
    const report = await pool.report();
    return {
      held: report.open,
      missed: report.expected - report.received,
      p99: percentile(report.latencies, 99),
      cpuPercent,
      kbPerConnection: (rss(target.pid) - before) / Math.max(1, report.open) / 1024,
    };
  } finally {
    await pool.close();
  }
}
