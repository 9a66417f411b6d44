import { ClientPool } from '../client/pool.js';
import type { ClientSpec } from '../client/protocol.js';
import type { Target } from '../servers/types.js';

export interface BurstOptions {
  writers: number;
  editsPerWriter: number;
  workers: number;
}

/**
 * Burst: `writers` clients in one room send their edits back to back, each
 * edit its own update; one receiver counts them. The product forwards an edit
 * only once it is committed, so what the receiver has is what is on disk.
 * Several writers, because the product slows a single connection past 2,000
 * messages (its per-connection budget), which is not what this measures.
 */
export async function burst(target: Target, options: BurstOptions) {
  const [room] = await target.rooms(1);
  const specs: ClientSpec[] = [
    { endpoint: room.reader },
    ...Array.from({ length: options.writers }, (_, id) => ({
      endpoint: room.writer,
      writer: { id, count: options.editsPerWriter, everyMs: 0, offsetMs: 0 },
    })),
  ];
  const pool = new ClientPool(options.workers);
  try {
    const connected = await pool.connect(specs);
    if (connected.failed > 0) throw new Error(`burst: ${connected.failed} clients did not sync (${connected.firstError})`);
    await pool.go();
    await pool.settle((sent) => sent, 3_000, 120_000);
    const report = await pool.report();
    if (report.received < report.expected) throw new Error(`burst: ${report.expected - report.received} edits never arrived`);
    return { editsPerSecond: report.received / ((report.lastReceivedAt - report.firstSentAt) / 1000) };
  } finally {
    await pool.close();
  }
}
