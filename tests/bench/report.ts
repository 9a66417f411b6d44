import { cpus, loadavg } from 'node:os';
import { METRICS, SCALED, SERVERS } from './plan.js';
import type { Results } from './runner.js';
import type { ServerName } from './servers/types.js';
import { median } from './stats.js';

function cell(values: number[] | undefined, digits: number): string {
  if (!values || values.length === 0) return '—';
  const mid = median(values).toFixed(digits);
  if (values.length === 1) return mid;
  return `${mid} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
}

function ratio(product: number[] | undefined, peer: number[] | undefined): string {
  if (!product?.length || !peer?.length) return '—';
  const denominator = median(peer);
  if (denominator === 0) return median(product) === 0 ? '1' : '—';
  return (median(product) / denominator).toFixed(2);
}

/** The results as a markdown table: medians over the rounds, with the rounds' min–max. */
export function renderReport(results: Results, rounds: number, failures: string[], loadAtStart: number): string {
  const names = SERVERS.map((server) => server.name);
  const lines = [
    `# Charter Commons collab benchmark`,
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · ${rounds} rounds, fresh server per figure and round`,
    '',
    // Other work on the machine shifts every figure; the load says how much there was.
    `Load average (1 min): ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end.`,
    '',
    'product = this server (SQLite, durable: stored before forwarded) · reference = @y/websocket-server 0.1.1 (in memory) · hocuspocus = @hocuspocus/server 3.4.4 (default configuration, in memory).',
    'Rows marked stock: every client is a stock y-websocket `WebsocketProvider` with its own `Y.Doc` (as browsers run; `disableBc`), not a light y-protocols client; Hocuspocus frames messages its own way, which that provider does not speak.',
    'Each cell: median over the rounds (min–max of the rounds). ↓ lower is better, ↑ higher is better. Ratios are of medians.',
    `Scaled down: ${SCALED.join('; ')}.`,
    '',
    `| figure | ${names.join(' | ')} | product÷reference | product÷hocuspocus |`,
    `|---|${names.map(() => '---:').join('|')}|---:|---:|`,
  ];
  for (const metric of METRICS) {
    const byServer = results.get(metric.figure)?.get(metric.key);
    const peers = metric.peersFrom ? results.get(metric.peersFrom)?.get(metric.key) : byServer;
    const values = (name: ServerName) => (name === 'product' ? byServer : peers)?.get(name);
    // A figure left out by BENCH_ONLY has no row.
    if (!byServer) continue;
    lines.push(
      `| ${metric.label} | ${names.map((name) => cell(values(name), metric.digits)).join(' | ')} | ${ratio(values('product'), values('reference'))} | ${ratio(values('product'), values('hocuspocus'))} |`,
    );
  }
  if (failures.length > 0) lines.push('', 'Failed (left out of the figures above):', ...failures.map((failure) => `- ${failure}`));
  return lines.join('\n');
}
