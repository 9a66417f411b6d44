import { beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { createFixture, request, type Fixture } from '../support/api.js';
import { appendParagraph, blocks, connectClient, synced, waitFor } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';
import { teardownLater } from '../support/teardown.js';

let server: RunningServer;
let fixture: Fixture;
beforeAll(async () => {
  server = await startServer();
  fixture = await createFixture(server.url);
});

describe('limits', () => {
  it('answers an API caller past its budget with 429, and no one else', async () => {
    // 300 at once, then 50 a second: however long 600 calls take, no more can succeed.
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 600 }, () => request<{ error?: { code: string } }>(server.url, 'GET', '/api/session', { token: fixture.tokens.viewer })),
    );
    const seconds = (Date.now() - started) / 1000;
    const limited = responses.filter((r) => r.status === 429);
    const succeeded = responses.filter((r) => r.status === 200).length;
    expect(succeeded).toBeGreaterThanOrEqual(300);
    expect(succeeded).toBeLessThanOrEqual(300 + Math.ceil(50 * seconds) + 1);
    expect(limited.length).toBe(600 - succeeded);
    expect(limited[0].body.error?.code).toBe('rate_limited');
    expect((await request(server.url, 'GET', '/api/session', { token: fixture.tokens.editor })).status).toBe(200);
  });

  it('slows a flooding socket without dropping what it sent or stalling the room', async () => {
    const observer = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.viewer);
    const colleague = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.facilitator);
    await Promise.all([synced(observer.provider), synced(colleague.provider)]);

    // 6,000 separate updates, sent as fast as a socket allows.
    const source = new Y.Doc();
    const messages: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, update);
      messages.push(encoding.toUint8Array(encoder));
    });
    for (let i = 0; i < 6000; i++) source.getMap('flood').set(`k${i}`, i);
    const flooder = new WebSocket(`${server.collabUrl}/${fixture.draftId}?token=${fixture.tokens.editor}`);
    // Flood once the room has let the socket in (its first sync message): what a
    // slow admission held back would otherwise arrive all at once, and this is
    // about the pace of reading, not of admission.
    await new Promise((resolve) => flooder.once('message', resolve));
    const started = Date.now();
    for (const message of messages) flooder.send(message);

    // The room stays live for everyone else meanwhile: a colleague's edit gets
    // through while the flood is still being read.
    appendParagraph(colleague.doc, 'during the flood');
    await waitFor(() => blocks(observer.doc).includes('during the flood'), 'a colleague’s edit during the flood');
    expect(observer.doc.getMap('flood').size).toBeLessThan(6000);

    await waitFor(() => observer.doc.getMap('flood').size === 6000, 'every flooded update to arrive', 30_000);
    // 2,000 at once, then 1,000 a second: the rest cannot have been read sooner.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3500);
    flooder.close();
  });

  it('holds what a socket sends while its token is checked and its document opens, however much, and loses none', async () => {
    const other = await createFixture(server.url);
    const source = new Y.Doc();
    const messages: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, update);
      messages.push(encoding.toUint8Array(encoder));
    });
    for (let i = 0; i < 1000; i++) source.getMap('early').set(`k${i}`, i);
    // All at once, the moment the socket opens: past the 256 the server holds before it
    // pauses the socket, while it checks the token and loads the draft, which no one has open
    // (database round trips on PostgreSQL).
    const early = new WebSocket(`${server.collabUrl}/${other.draftId}?token=${other.tokens.editor}`);
    teardownLater(() => early.terminate());
    await new Promise((resolve) => early.once('open', resolve));
    messages.forEach((message) => early.send(message));
    const observer = connectClient(server.collabUrl, other.draftId, other.tokens.viewer);
    await waitFor(() => observer.doc.getMap('early').size === 1000, 'every early update to arrive', 30_000);
    expect(early.readyState).toBe(WebSocket.OPEN);
  });

  it('limits requests with bad tokens per address, not per bearer string', async () => {
    // Keyed by bearer string, each of these would have a fresh budget: 600 × 401.
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 600 }, (_, i) => request(server.url, 'GET', '/api/session', { token: `not-a-token-${i}-${Math.random().toString(36).slice(2)}` })),
    );
    const seconds = (Date.now() - started) / 1000;
    const statuses = responses.map((r) => r.status);
    const refused = statuses.filter((s) => s === 401).length;
    expect(refused).toBeLessThanOrEqual(300 + Math.ceil(50 * seconds) + 1);
    expect(refused + statuses.filter((s) => s === 429).length).toBe(600);
    // A real invite from the same address has a budget of its own.
    expect((await request(server.url, 'GET', '/api/session', { token: fixture.tokens.reviewer })).status).toBe(200);
  });
});
