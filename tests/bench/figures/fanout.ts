import { ClientPool } from '../client/pool.js';
import type { ClientSpec } from '../client/protocol.js';
import { cpuMeter, cpuMicrosecondsPer } from '../servers/proc.js';
import { percentile } from '../stats.js';
import type { Target } from '../servers/types.js';

export interface FanoutOptions {
  clients: number;
  everyMs: number;
  durationMs: number;
  workers: number;
  /** Stock y-websocket providers, each with its own Y.Doc, instead of light clients. */
  stock?: boolean;
}

/**
 * Fan-out: one writer and `clients - 1` receivers in one room (light or stock clients); the
 * writer edits every `everyMs`; each delivery's latency is the time from the
 * edit to a receiver having it. Server CPU is read over the run.
 */
export async function fanout(target: Target, options: FanoutOptions) {
  const [room] = await target.rooms(1);
  const count = Math.floor(options.durationMs / options.everyMs);
  const specs: ClientSpec[] = [
    { endpoint: room.writer, writer: { id: 0, count, everyMs: options.everyMs, offsetMs: 0 }, stock: options.stock },
    ...Array.from({ length: options.clients - 1 }, () => ({ endpoint: room.reader, stock: options.stock })),
  ];
  const pool = new ClientPool(options.workers);
  try {
    const connected = await pool.connect(specs);
    if (connected.failed > 0) throw new Error(`fan-out: ${connected.failed} clients did not sync (${connected.firstError})`);
    const receivers = options.clients - 1;
    const cpu = cpuMeter(target.pid);
    await pool.go();
    await pool.settle((sent) => sent * receivers, 2_000, options.durationMs + 30_000);
    const used = cpu();
    const report = await pool.report();
    return {
      p50: percentile(report.latencies, 50),
      p95: percentile(report.latencies, 95),
      p99: percentile(report.latencies, 99),
      missed: report.expected - report.received,
      cpuPercent: used.percent,
      cpuUsPerDelivery: cpuMicrosecondsPer(used.seconds, report.received),
    };
  } finally {
    await pool.close();
  }
}
