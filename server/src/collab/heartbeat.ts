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
      ws.on('pong', (data: Buffer) => {
        const payload = owed.get(ws);
        if (payload && payload.equals(data)) owed.set(ws, null);
      });
      ws.once('close', () => owed.delete(ws));
    },
    sockets(): IterableIterator<WebSocket> {
      return owed.keys();
    },
    stop(): void {
      clearInterval(timer);
    },
  };
}
