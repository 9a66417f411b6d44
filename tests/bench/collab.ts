/**
 * Figures for the live side, apart from the tests: how many edits per second
 * the server persists in a burst (group commit), and how long a fresh client
 * takes to sync a draft with a long history. Run with `pnpm bench:collab`.
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { buildServer } from '../../server/build.mjs';
import { createFixture } from '../support/api.js';
import { spawnServer } from '../support/spawn.js';

// The server runs as `pnpm start` runs it, built from the sources as they are now.
await buildServer();

const BURST_EDITS = 5_000;
const HISTORY_EDITS = 2_000;
const JOINS = 5;

function connect(collabUrl: string, name: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabUrl, name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  });
  const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return { doc, provider, synced };
}

function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (condition() ? resolve() : setTimeout(check, 1));
    check();
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await spawnServer();
try {
  const { draftId, tokens } = await createFixture(server.url);
  const writer = connect(server.collabUrl, draftId, tokens.editor);
  const observer = connect(server.collabUrl, draftId, tokens.viewer);
  await Promise.all([writer.synced, observer.synced]);

  // Burst: every edit is its own update, sent as fast as the client can.
  const text = writer.doc.getText('burst');
  const start = performance.now();
  for (let i = 0; i < BURST_EDITS; i++) {
    text.insert(text.length, 'x');
    if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  await until(() => observer.doc.getText('burst').length === BURST_EDITS);
  const burstMs = performance.now() - start;

  // History: a draft of 2,000 separate edits; then fresh clients join it.
  const history = writer.doc.getXmlFragment('body');
  for (let i = 0; i < HISTORY_EDITS; i++) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(`Clause ${i}: every resident has the right to be heard.`)]);
    history.push([paragraph]);
    if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  await until(() => observer.doc.getXmlFragment('body').length === HISTORY_EDITS);
  const joins: number[] = [];
  for (let i = 0; i < JOINS; i++) {
    const t0 = performance.now();
    const fresh = connect(server.collabUrl, draftId, tokens.viewer);
    await fresh.synced;
    await until(() => fresh.doc.getXmlFragment('body').length === HISTORY_EDITS);
    joins.push(performance.now() - t0);
    fresh.provider.destroy();
    fresh.doc.destroy();
  }
  const size = Y.encodeStateAsUpdate(observer.doc).length;

  console.log(`burst: ${BURST_EDITS} edits stored and delivered in ${burstMs.toFixed(0)} ms = ${((BURST_EDITS / burstMs) * 1000).toFixed(0)} edits/s`);
  console.log(
    `late join: a draft of ${HISTORY_EDITS} clauses + ${BURST_EDITS} edits (${(size / 1024).toFixed(0)} KB) synced in ${median(joins).toFixed(0)} ms (median of ${JOINS}; ${joins.map((ms) => ms.toFixed(0)).join(', ')})`,
  );
  // Destroying the docs stops their awareness timers, so the process can end.
  for (const client of [writer, observer]) {
    client.provider.destroy();
    client.doc.destroy();
  }
} finally {
  await server.stop();
  rmSync(server.storage.dataDir, { recursive: true, force: true });
}
