import * as Y from 'yjs';
import { CLAUSE_ID_ATTR, newClauseId } from '@charter/shared';
import { LightClient } from '../client/lightClient.js';
import { StockClient } from '../client/stockClient.js';
import type { Endpoint } from '../client/wire.js';
import { cpuMeter, cpuSeconds } from '../servers/proc.js';
import { median, sleep } from '../stats.js';
import type { Target } from '../servers/types.js';

const JOIN_TIMEOUT_MS = 30_000;
const WARM_UP_JOINS = 3;

export interface HistoryOptions {
  edits: number;
  joins: number;
  /** Join with stock y-websocket providers instead of light clients with a Y.Doc. */
  stock?: boolean;
}

/**
 * Late join: a writer appends `edits` paragraphs, each its own update; then,
 * after a few untimed joins, fresh clients (with a Y.Doc, like an editor) join
 * one after another, and we time each until it holds every paragraph. Returns
 * the median join, and the server's CPU time per join (what a join costs the
 * server, which a busy machine does not shift as it shifts the join's time).
 */
export async function history(target: Target, options: HistoryOptions) {
  const [room] = await target.rooms(1);
  const writer = new LightClient(room.writer, {}, new Y.Doc());
  try {
    await writer.synced;
    const body = writer.doc!.getXmlFragment('body');
    for (let i = 0; i < options.edits; i++) {
      const paragraph = new Y.XmlElement('paragraph');
      // Named as the product's editor names each clause it creates, so every
      // server holds the same document.
      paragraph.setAttribute(CLAUSE_ID_ATTR, newClauseId());
      paragraph.insert(0, [new Y.XmlText(`Clause ${i}: every resident has the right to be heard.`)]);
      body.push([paragraph]);
      if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
    }
    // Untimed joins first: the first returns once the server holds the whole
    // history; the others warm up the code of both sides, as for every server.
    for (let i = 0; i < WARM_UP_JOINS; i++) await join(room.reader, options.edits, options.stock);
    // The product compacts a long log on a thread of its own: let that end, so the joins' CPU is theirs alone.
    await untilIdle(target.pid);
    const times: number[] = [];
    const cpu = cpuMeter(target.pid);
    for (let i = 0; i < options.joins; i++) {
      // Each join starts with the client's heap collected (the bench runs with
      // --expose-gc), so no join pays for the garbage of the one before.
      (globalThis as { gc?: () => void }).gc?.();
      const start = performance.now();
      await join(room.reader, options.edits, options.stock);
      times.push(performance.now() - start);
    }
    return { joinMs: median(times), serverCpuMsPerJoin: (cpu().seconds * 1000) / options.joins };
  } finally {
    writer.close();
  }
}

/** Wait (10 s at most) until the server has used no CPU for a quarter of a second. */
async function untilIdle(pid: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const before = cpuSeconds(pid);
    await sleep(250);
    if (cpuSeconds(pid) === before) return;
  }
}

async function join(endpoint: Endpoint, paragraphs: number, stock = false): Promise<void> {
  const client = stock ? new StockClient(endpoint) : new LightClient(endpoint, {}, new Y.Doc());
  const doc = client.doc!;
  try {
    await client.synced;
    const deadline = Date.now() + JOIN_TIMEOUT_MS;
    while (doc.getXmlFragment('body').length < paragraphs) {
      if (Date.now() > deadline) throw new Error('late join: history incomplete');
      await sleep(1);
    }
  } finally {
    client.close();
    doc.destroy();
  }
}
