import { ClientPool } from '../client/pool.js';
import { rss } from '../servers/proc.js';
import type { Target } from '../servers/types.js';
import { sleep } from '../stats.js';

/** Time for a server to finish what a step set off (loads, writes, allocation) before RSS is read. */
const SETTLE_MS = 2_000;

/**
 * Memory per idle open room: open `rooms` rooms with one client each, and
 * divide the server's RSS growth by their number (a room's socket included).
 */
export async function idleRooms(target: Target, options: { rooms: number; workers: number }) {
  const rooms = await target.rooms(options.rooms);
  await sleep(SETTLE_MS);
  const before = rss(target.pid);
  const pool = new ClientPool(options.workers);
  try {
    const connected = await pool.connect(rooms.map((room) => ({ endpoint: room.reader })));
    if (connected.failed > 0) throw new Error(`idle rooms: ${connected.failed} clients did not sync (${connected.firstError})`);
    await sleep(SETTLE_MS);
    return { kbPerRoom: (rss(target.pid) - before) / options.rooms / 1024 };
  } finally {
    await pool.close();
  }
}
