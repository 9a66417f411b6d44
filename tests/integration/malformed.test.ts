import { beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { CloseCode } from '@charter/shared';
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

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

function syncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** A real update of a few clauses, to cut and corrupt. */
function realUpdate(): Uint8Array {
  const doc = new Y.Doc();
  for (let i = 0; i < 3; i++) appendParagraph(doc, `Whereas clause ${i} is written in full`, { clauseId: `c${i}` });
  return Y.encodeStateAsUpdate(doc);
}

/**
 * Send one message as an editor on a fresh socket, then ask for presence.
 * Messages of a socket are read in order: the server either closes the socket
 * (resolve with its code) or answers the question (resolve 'open').
 */
function sendRaw(message: Uint8Array): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.collabUrl}/${fixture.draftId}?token=${fixture.tokens.editor}`);
    ws.on('error', () => {});
    ws.on('open', () => {
      ws.send(message);
      ws.send(new Uint8Array([3]));
    });
    ws.on('message', (data: Buffer) => {
      if (data[0] !== 1) return;
      resolve('open');
      ws.close();
    });
    ws.on('close', (code) => resolve(code));
  });
}

describe('malformed messages', () => {
  it('survive random bytes, truncated and corrupted updates, unknown types', async () => {
    const next = random(42);
    const update = realUpdate();
    const messages: Uint8Array[] = [
      new Uint8Array([]),
      new Uint8Array([7]),
      new Uint8Array([0, 9, 1, 1]),
      new Uint8Array([1, 5, 0xff, 0xff, 0xff]),
      new Uint8Array([0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
      syncMessage(2, update.slice(0, Math.floor(update.length / 2))),
      syncMessage(1, update.slice(0, update.length - 3)),
    ];
    for (let i = 0; i < 30; i++) {
      const corrupted = update.slice();
      for (let flips = 0; flips < 3; flips++) corrupted[Math.floor(next() * corrupted.length)] = Math.floor(next() * 256);
      messages.push(syncMessage(2, corrupted));
    }
    for (let i = 0; i < 30; i++) {
      messages.push(Uint8Array.from({ length: 1 + Math.floor(next() * 200) }, () => Math.floor(next() * 256)));
    }

    const a = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
    const b = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.facilitator);
    await Promise.all([synced(a.provider), synced(b.provider)]);

    const endings = await Promise.all(messages.map(sendRaw));
    expect(endings.filter((ending) => ending === 4400).length).toBeGreaterThan(10);
    expect(server.child.exitCode).toBeNull();
    expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);

    // The room still works for everyone else, and a newcomer gets a readable document.
    appendParagraph(a.doc, 'after the storm');
    await waitFor(() => blocks(b.doc).includes('after the storm'), 'the edit to reach b');
    const late = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.viewer);
    await synced(late.provider);
    await waitFor(() => blocks(late.doc).includes('after the storm'), 'a newcomer to load the room');
  });

  it('refuses a presence update over 32 KB, which the room would pass to every peer', async () => {
    const bystander = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
    await synced(bystander.provider);
    const presence = new Awareness(new Y.Doc());
    presence.setLocalState({ user: { name: 'x'.repeat(40_000) } });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(presence, [presence.clientID]));

    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.collabUrl}/${fixture.draftId}?token=${fixture.tokens.viewer}`);
      ws.on('error', () => {});
      ws.on('open', () => ws.send(encoding.toUint8Array(encoder)));
      ws.on('close', (closeCode) => resolve(closeCode));
    });
    expect(code).toBe(CloseCode.BadMessage);
    // Ordinary presence still goes round, and the oversized one never did.
    const other = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.viewer);
    other.provider.awareness.setLocalStateField('user', { name: 'Rosa' });
    await waitFor(() => [...bystander.provider.awareness.getStates().values()].some((state) => state.user?.name === 'Rosa'), 'ordinary presence to arrive');
    expect(bystander.provider.awareness.getStates().has(presence.clientID)).toBe(false);
  });

  it('reads nothing more from a socket once a malformed message has closed it, and says so once', async () => {
    const b = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.facilitator);
    await synced(b.provider);
    const source = new Y.Doc();
    appendParagraph(source, 'sent after a bad message', { clauseId: 'after-bad' });
    const update = syncMessage(2, Y.encodeStateAsUpdate(source));
    const warnings = () => server.output().match(/malformed message; closing its socket/g)?.length ?? 0;
    const before = warnings();

    // One malformed message, then well-formed updates, all sent before the close can arrive.
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.collabUrl}/${fixture.draftId}?token=${fixture.tokens.editor}`);
      ws.on('error', () => {});
      ws.on('open', () => {
        ws.send(new Uint8Array([7]));
        for (let i = 0; i < 20; i++) ws.send(update);
        ws.send(new Uint8Array([9]));
      });
      ws.on('close', (closeCode) => resolve(closeCode));
    });
    expect(code).toBe(4400);

    // An edit sent afterwards on a good socket reaches b; the updates after the bad message never do.
    const a = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
    await synced(a.provider);
    appendParagraph(a.doc, 'a later, good edit');
    await waitFor(() => blocks(b.doc).includes('a later, good edit'), 'the good edit to reach b');
    expect(blocks(b.doc)).not.toContain('sent after a bad message');
    expect(warnings() - before).toBe(1);
  });
});
