import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as encoding from 'lib0/encoding';
import { createFixture, type Fixture } from '../support/api.js';
import { connectClient, synced, waitFor } from '../support/collab.js';
import { awarenessMessage, openRaw, Wire } from '../support/raw.js';
import { startServer, type RunningServer } from '../support/server.js';
import { teardownLater } from '../support/teardown.js';

let server: RunningServer;
let fixture: Fixture;
beforeAll(async () => {
  server = await startServer();
  fixture = await createFixture(server.url);
});

/** An awareness update written by hand: any client id, any clock, any state (null removes). */
function presenceUpdate(entries: Array<{ clientId: number; clock: number; state: unknown }>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return awarenessMessage(encoding.toUint8Array(encoder));
}

/** The server's resident memory, in MB. */
function serverRssMb(): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

describe('presence under abuse', () => {
  it('lets a connection speak only for its own presence, with the role of its token', async () => {
    const amina = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.facilitator);
    const bruno = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.viewer);
    amina.provider.awareness.setLocalStateField('user', { name: 'Amina', color: '#2a6', role: 'facilitator' });
    bruno.provider.awareness.setLocalStateField('user', { name: 'Bruno', color: '#a26', role: 'viewer' });
    await Promise.all([synced(amina.provider), synced(bruno.provider)]);
    const victim = amina.doc.clientID;
    await waitFor(() => bruno.provider.awareness.getStates().get(victim)?.user?.name === 'Amina', 'Amina’s presence at Bruno’s');

    const spoofer = await openRaw(server.collabUrl, fixture.draftId, fixture.tokens.viewer);
    const own = 424242;
    // Its first update names itself, as a facilitator; then it tries to be Amina, then to remove her.
    spoofer.ws.send(presenceUpdate([{ clientId: own, clock: 1, state: { user: { name: 'Mallory', color: '#000', role: 'facilitator' } } }]));
    spoofer.ws.send(presenceUpdate([{ clientId: victim, clock: 1000, state: { user: { name: 'Amina', color: '#000', role: 'viewer' } } }]));
    spoofer.ws.send(presenceUpdate([{ clientId: victim, clock: 1001, state: null }]));
    spoofer.ws.send(presenceUpdate([{ clientId: own, clock: 2, state: { user: { name: 'Mallory', color: '#000', role: 'facilitator' } } }]));
    // Messages are read in order: once the last is seen, the others were handled.
    await waitFor(() => bruno.provider.awareness.getStates().get(own)?.user?.name === 'Mallory', 'the spoofer’s own presence');
    await spoofer.roundTrip();
    for (const watcher of [amina, bruno]) {
      expect(watcher.provider.awareness.getStates().get(own)?.user?.role).toBe('viewer');
      expect(watcher.provider.awareness.getStates().get(victim)?.user).toEqual({ name: 'Amina', color: '#2a6', role: 'facilitator' });
    }
    // A fresh client sees the same.
    const carla = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
    await waitFor(() => carla.provider.awareness.getStates().has(own), 'presence at a fresh client');
    expect(carla.provider.awareness.getStates().get(victim)?.user?.name).toBe('Amina');
    expect(carla.provider.awareness.getStates().get(own)?.user?.role).toBe('viewer');
  });

  it('bounds what a socket that stops reading can make the server hold', async () => {
    const other = await createFixture(server.url);
    // 64 people, each with a presence of about 30 KB.
    const padding = 'x'.repeat(30_000);
    let clock = 1;
    const announce = (ws: WebSocket, i: number) =>
      ws.send(presenceUpdate([{ clientId: 1000 + i, clock, state: { user: { name: `P${i}`, color: '#123', role: 'viewer' }, padding } }]));
    const people = await Promise.all(
      Array.from({ length: 64 }, async (_, i) => {
        const ws = new WebSocket(`${server.collabUrl}/${other.draftId}?token=${other.tokens.viewer}`);
        teardownLater(() => ws.terminate());
        ws.on('error', () => {});
        await new Promise((resolve) => ws.once('open', resolve));
        announce(ws, i);
        return ws;
      }),
    );
    // The server forgets a presence not renewed for 30 s; clients renew theirs every 15 s, and so do these,
    // or a machine slow enough to take 30 s over the fan-out below would lose the first ones for good.
    const renewal = setInterval(() => {
      clock++;
      people.forEach(announce);
    }, 15_000);
    const watcher = connectClient(server.collabUrl, other.draftId, other.tokens.viewer);
    // 64 × 30 KB to every socket: on a machine busy with the other test suites this took over 20 s once.
    try {
      await waitFor(() => watcher.provider.awareness.getStates().size >= 65, '64 presences', 50_000);
    } finally {
      clearInterval(renewal);
    }
    const before = serverRssMb();

    const flooder = await openRaw(server.collabUrl, other.draftId, other.tokens.viewer);
    // It reads nothing more, and keeps asking for everyone's presence.
    (flooder.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    let peak = before;
    let sent = 0;
    const dropped = () => server.output().includes('socket not reading');
    while (!dropped() && sent < 3000) {
      for (let i = 0; i < 10; i++) flooder.ws.send(new Uint8Array([Wire.QueryAwareness]));
      sent += 10;
      peak = Math.max(peak, serverRssMb());
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(dropped()).toBe(true);
    // Before: 150 questions took the server from 86 to 444 MB.
    expect(peak - before).toBeLessThan(64);
    expect(people.every((ws) => ws.readyState === WebSocket.OPEN)).toBe(true);
  }, 90_000);
});
