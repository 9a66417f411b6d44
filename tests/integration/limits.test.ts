import { beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { createFixture, request, type Fixture } from '../support/api.js';
import { appendParagraph, blocks, connectClient, synced, waitFor } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let fixture: Fixture;
beforeAll(async () => {
  server = await startServer();
  fixture = await createFixture(server.url);
});

describe('limits', () => {
  it('answers an API caller past its budget with 429, and no one else', async () => {
    const responses = await Promise.all(
      Array.from({ length: 400 }, () => request<{ error?: { code: string } }>(server.url, 'GET', '/api/session', { token: fixture.tokens.viewer })),
    );
    const limited = responses.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(50);
    expect(limited[0].body.error?.code).toBe('rate_limited');
    expect(responses.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(300);
    expect((await request(server.url, 'GET', '/api/session', { token: fixture.tokens.editor })).status).toBe(200);
  });

  it('slows a flooding socket without dropping what it sent or stalling the room', async () => {
    const observer = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.viewer);
    const colleague = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.facilitator);
    await Promise.all([synced(observer.provider), synced(colleague.provider)]);

    // 4,000 separate updates, sent as fast as a socket allows.
    const source = new Y.Doc();
    const messages: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, update);
      messages.push(encoding.toUint8Array(encoder));
    });
    for (let i = 0; i < 4000; i++) source.getMap('flood').set(`k${i}`, i);
    const flooder = new WebSocket(`${server.collabUrl}/${fixture.draftId}?token=${fixture.tokens.editor}`);
    await new Promise((resolve) => flooder.once('open', resolve));
    const started = Date.now();
    for (const message of messages) flooder.send(message);

    // The room stays live for everyone else meanwhile.
    appendParagraph(colleague.doc, 'during the flood');
    await waitFor(() => blocks(observer.doc).includes('during the flood'), 'a colleague’s edit during the flood', 2000);

    await waitFor(() => observer.doc.getMap('flood').size === 4000, 'every flooded update to arrive', 20_000);
    // 2,000 at once, then 1,000 a second: the rest cannot have been read sooner.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    flooder.close();
  });
});
