import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { startHeartbeat } from './heartbeat.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

async function listen(intervalMs: number) {
  const heartbeat = startHeartbeat(intervalMs);
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  cleanup.push(() => {
    heartbeat.stop();
    wss.close();
  });
  await once(wss, 'listening');
  return { heartbeat, wss };
}

/** A real server socket, tracked by a fast heartbeat, and the client at the other end. */
async function pair(clientOptions: ConstructorParameters<typeof WebSocket>[2] = {}) {
  const { heartbeat, wss } = await listen(40);
  const accepted = once(wss, 'connection');
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, clientOptions);
  cleanup.push(() => client.terminate());
  const [server] = (await accepted) as [WebSocket];
  heartbeat.track(server);
  const closed = new Promise<number>((resolve) => server.on('close', (code) => resolve(code)));
  await once(client, 'open');
  return { heartbeat, server, client, closed };
}

describe('heartbeat', () => {
  it('keeps a socket that answers its pings', async () => {
    const { heartbeat, server, client } = await pair();
    // Five rounds answered: still tracked and open.
    for (let i = 0; i < 5; i++) await once(client, 'ping');
    expect(server.readyState).toBe(WebSocket.OPEN);
    expect([...heartbeat.sockets()]).toContain(server);
  });

  it('drops a socket whose only pongs are unasked ones', async () => {
    const { client, closed } = await pair({ autoPong: false });
    const spam = setInterval(() => client.readyState === WebSocket.OPEN && client.pong(Buffer.from('alive')), 5);
    cleanup.push(() => clearInterval(spam));
    expect(await closed).toBe(1006);
  });

  it('drops a socket that stopped reading', async () => {
    const { client, closed } = await pair();
    // The client's transport reads nothing more: it never sees a ping.
    (client as unknown as { _socket: { pause(): void } })._socket.pause();
    expect(await closed).toBe(1006);
  });

  it('spreads a round over its interval, each socket pinged once a round', async () => {
    const intervalMs = 600;
    const { heartbeat, wss } = await listen(intervalMs);
    wss.on('connection', (server) => heartbeat.track(server));
    const clients = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
        cleanup.push(() => client.terminate());
        await once(client, 'open');
        return client;
      }),
    );
    const started = performance.now();
    const pings = clients.map(() => [] as number[]);
    clients.forEach((client, i) => client.on('ping', () => pings[i].push(performance.now() - started)));
    await new Promise((resolve) => setTimeout(resolve, 2 * intervalMs + intervalMs / 2));

    // Two rounds (or three, by where the half round fell): never more, never fewer.
    for (const times of pings) expect(times.length).toBeGreaterThanOrEqual(2);
    for (const times of pings) expect(times.length).toBeLessThanOrEqual(3);
    // The first round's pings came over most of the interval, not in one turn.
    const first = pings.map((times) => times[0]);
    expect(Math.max(...first) - Math.min(...first)).toBeGreaterThan(intervalMs / 2);
    // A socket's pings are a round apart.
    for (const times of pings) expect(times[1] - times[0]).toBeGreaterThan(intervalMs / 2);
    for (const client of clients) expect(client.readyState).toBe(WebSocket.OPEN);
  });
});
