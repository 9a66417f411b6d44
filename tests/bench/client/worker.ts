/**
 * A worker thread that runs a share of the benchmark's clients, so that
 * hundreds or thousands of sockets do not make the harness the bottleneck.
 */
import { parentPort } from 'node:worker_threads';
import * as Y from 'yjs';
import { LightClient } from './lightClient.js';
import { findMarker, markerText, now } from './marker.js';
import type { ClientSpec, ConnectResult, Progress, Report, Request, WriterSpec } from './protocol.js';
import { StockClient } from './stockClient.js';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread');
// Each stock provider listens for the process's exit (to clear its presence): hundreds here, none a leak.
process.setMaxListeners(0);

type Client = LightClient | StockClient;
const clients: Client[] = [];
const writers: Array<{ client: Client; spec: WriterSpec }> = [];
const receiversByRoom: Record<string, number> = {};
const sentByRoom: Record<string, number> = {};
const timers = new Set<NodeJS.Timeout>();
let latencies = new Float64Array(1 << 16);
let received = 0;
let sent = 0;
let writing = 0;
let firstSentAt = Infinity;
let lastReceivedAt = 0;
let dropped = 0;
let closing = false;

function record(payload: Uint8Array): void {
  const marker = findMarker(payload);
  if (!marker) return;
  const at = now();
  if (received === latencies.length) {
    const grown = new Float64Array(latencies.length * 2);
    grown.set(latencies);
    latencies = grown;
  }
  latencies[received++] = at - marker.sentAt;
  lastReceivedAt = at;
}

async function connectOne(spec: ClientSpec): Promise<void> {
  const events = { onClose: () => (closing ? undefined : dropped++) };
  const client = spec.stock
    ? new StockClient(spec.endpoint, spec.writer ? events : { ...events, onUpdate: record })
    : spec.writer
    ? new LightClient(spec.endpoint, events, new Y.Doc())
    : new LightClient(spec.endpoint, { ...events, onUpdate: record });
  clients.push(client);
  await client.synced;
  if (spec.writer) writers.push({ client, spec: spec.writer });
  else receiversByRoom[spec.endpoint.room] = (receiversByRoom[spec.endpoint.room] ?? 0) + 1;
}

/** Open every client, at most `concurrency` handshakes at a time. */
async function connect(specs: ClientSpec[], concurrency: number): Promise<ConnectResult> {
  const result: ConnectResult = { synced: 0, failed: 0 };
  let next = 0;
  const lane = async () => {
    while (next < specs.length) {
      const spec = specs[next++];
      try {
        await connectOne(spec);
        result.synced++;
      } catch (error) {
        result.failed++;
        result.firstError ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, specs.length) }, lane));
  return result;
}

function edit(client: Client, spec: WriterSpec, seq: number): void {
  firstSentAt = Math.min(firstSentAt, now());
  // A key of its own per writer: a value that loses a concurrent write to the same key
  // is deleted on arrival, and the server forwards it without its content (no marker).
  client.doc!.getMap('bench').set(`w${spec.id}`, markerText(spec.id, seq));
  sent++;
  sentByRoom[client.endpoint.room] = (sentByRoom[client.endpoint.room] ?? 0) + 1;
}

/** Send a writer's edits: on a timer, or back to back yielding now and then so sockets are served. */
async function write(client: Client, spec: WriterSpec): Promise<void> {
  writing++;
  try {
    await pause(spec.offsetMs);
    // Edits keep to a fixed schedule from the first one, so a slow turn does not stretch the run.
    const start = now();
    for (let seq = 0; seq < spec.count && !closing; seq++) {
      edit(client, spec, seq);
      if (spec.everyMs > 0) await pause(Math.max(0, start + (seq + 1) * spec.everyMs - now()));
      else if (seq % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    writing--;
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });
}

function report(): Report {
  return {
    latencies: latencies.slice(0, received),
    sentByRoom,
    receiversByRoom,
    received,
    firstSentAt,
    lastReceivedAt,
    open: clients.filter((client) => client.isOpen).length,
    dropped,
  };
}

async function handle(request: Request): Promise<unknown> {
  switch (request.op) {
    case 'connect':
      return connect(request.clients, request.concurrency);
    case 'go':
      for (const { client, spec } of writers) void write(client, spec);
      return null;
    case 'progress':
      return { sent, received, writing } satisfies Progress;
    case 'report':
      return report();
    case 'close':
      closing = true;
      for (const timer of timers) clearTimeout(timer);
      for (const client of clients) client.close();
      return null;
  }
}

port.on('message', ({ id, request }: { id: number; request: Request }) => {
  handle(request).then(
    (value) => port.postMessage({ id, ok: true, value }),
    (error: unknown) => port.postMessage({ id, ok: false, error: String(error) }),
  );
});
