import { ClientPool } from '../client/pool.js';
import type { ClientSpec } from '../client/protocol.js';
import { cpuMeter, cpuMicrosecondsPer, rss } from '../servers/proc.js';
import type { Room, Target } from '../servers/types.js';
import { percentile, sleep } from '../stats.js';

export interface CapacityOptions {
  rooms: number;
  perRoom: number;
  durationMs: number;
  workers: number;
}

const EDIT_EVERY_MS = 1_000;
/** The latency a live session must hold, by the measure. */
export const P99_BOUND_MS = 50;

/**
 * Capacity: `rooms` rooms of `perRoom` clients; in each, one writer edits once
 * a second (the rooms' writers spread over the second) and the others receive.
 */
export async function capacity(target: Target, options: CapacityOptions) {
  return capacityOn(target, await target.rooms(options.rooms), options);
}

/**
 * The largest size that holds: the same load at growing sizes (rooms of
 * `perRoom`, the sizes in `steps`), one after another on one server. Reports
 * the largest number of connections whose step kept p99 under 50 ms with none
 * missed and all held, and, for the largest step, what was held and its p99.
 */
export async function capacitySteps(target: Target, options: Omit<CapacityOptions, 'rooms'> & { steps: number[] }) {
  const all = await target.rooms(Math.max(...options.steps));
  let largest = 0;
  let last: Awaited<ReturnType<typeof capacityOn>> | null = null;
  for (const rooms of options.steps) {
    last = await capacityOn(target, all.slice(0, rooms), options);
    const connections = rooms * options.perRoom;
    if (last.held === connections && last.missed === 0 && last.p99 < P99_BOUND_MS) largest = Math.max(largest, connections);
  }
  return { largest, held: last!.held, p99: last!.p99, cpuPercent: last!.cpuPercent };
}

/**
 * One capacity run on the given rooms. Server CPU is read over the editing
 * phase; memory per connection is the RSS growth from before the clients
 * connected.
 */
async function capacityOn(target: Target, rooms: Room[], options: Omit<CapacityOptions, 'rooms'>) {
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
    const used = cpu();
    const report = await pool.report();
    return {
      held: report.open,
      missed: report.expected - report.received,
      p99: percentile(report.latencies, 99),
      cpuPercent: used.percent,
      cpuUsPerDelivery: cpuMicrosecondsPer(used.seconds, report.received),
      kbPerConnection: (rss(target.pid) - before) / Math.max(1, report.open) / 1024,
    };
  } finally {
    await pool.close();
  }
}
