import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';

/**
 * A round is spread over this many ticks: pinging 18,000 sockets in one turn
 * (and reading their 18,000 pongs just after) held every edit back for most of
 * a second.
 */
const TICKS_PER_ROUND = 30;
const MIN_TICK_MS = 10;
const PAYLOAD_BYTES = 8;

/**
 * Drops sockets that stopped answering. Each round pings every socket with a
 * fresh random payload; only a pong that echoes it counts, so a client cannot
 * keep itself alive with pongs it sends unasked, and a client that stopped
 * reading (it never sees the ping) is terminated one round later.
 */
export function startHeartbeat(intervalMs: number) {
  /** The payload each socket still owes us a pong for; null once it has answered. */
  const owed = new Map<WebSocket, Buffer | null>();
  // Listeners shared by every socket (`this` is the socket): nothing is made per socket but its entry.
  function answered(this: WebSocket, data: Buffer): void {
    const payload = owed.get(this);
    if (payload && payload.equals(data)) owed.set(this, null);
  }
  function forget(this: WebSocket): void {
    owed.delete(this);
  }

  const tickMs = Math.max(MIN_TICK_MS, intervalMs / TICKS_PER_ROUND);
  const ticksPerRound = Math.max(1, Math.round(intervalMs / tickMs));
  // A Map's iterator goes on past deletions and reaches entries added meanwhile.
  let round = owed.entries();
  let roundDone = false;
  let tick = 0;

  const timer = setInterval(() => {
    if (tick++ % ticksPerRound === 0) {
      round = owed.entries();
      roundDone = false;
    }
    if (roundDone) return;
    const count = Math.ceil(owed.size / ticksPerRound);
    // One random draw per tick; each socket gets its own slice of it.
    const payloads = randomBytes(count * PAYLOAD_BYTES);
    for (let i = 0; i < count; i++) {
      const next = round.next();
      if (next.done) {
        roundDone = true;
        return;
      }
      const [ws, payload] = next.value;
      if (payload) {
        ws.terminate();
        owed.delete(ws);
        continue;
      }
      const ping = payloads.subarray(i * PAYLOAD_BYTES, (i + 1) * PAYLOAD_BYTES);
      owed.set(ws, ping);
      ws.ping(ping);
    }
  }, tickMs);
  timer.unref();

  return {
    track(ws: WebSocket): void {
      owed.set(ws, null);
      ws.on('pong', answered);
      ws.on('close', forget);
    },
    sockets(): IterableIterator<WebSocket> {
      return owed.keys();
    },
    stop(): void {
      clearInterval(timer);
    },
  };
}
