import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';

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

  const timer = setInterval(() => {
    for (const [ws, payload] of owed) {
      if (payload) {
        ws.terminate();
        owed.delete(ws);
        continue;
      }
      const ping = randomBytes(8);
      owed.set(ws, ping);
      ws.ping(ping);
    }
  }, intervalMs);
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
