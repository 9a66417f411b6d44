import { FIGURES, SERVERS, type Figure } from './plan.js';
import { peakRss, rss } from './servers/proc.js';
import type { Launch, ServerName } from './servers/types.js';
import { sleep } from './stats.js';

/** Every value measured: figure → key → server → one value per round. */
export type Results = Map<string, Map<string, Map<ServerName, number[]>>>;

/** Let a fresh server finish starting before its idle memory is read. */
const STARTUP_SETTLE_MS = 500;

function store(results: Results, figure: string, key: string, server: ServerName, value: number): void {
  const byKey = results.get(figure) ?? new Map<string, Map<ServerName, number[]>>();
  results.set(figure, byKey);
  const byServer = byKey.get(key) ?? new Map<ServerName, number[]>();
  byKey.set(key, byServer);
  byServer.set(server, [...(byServer.get(server) ?? []), value]);
}

/** One figure against one fresh server; the server is stopped whatever happens. */
async function measure(launch: Launch, figure: Figure) {
  const target = await launch();
  try {
    await sleep(STARTUP_SETTLE_MS);
    const idle = rss(target.pid);
    const values = await figure.run(target);
    return { values, idle, peak: peakRss(target.pid) };
  } finally {
    await target.stop();
  }
}

const MB = 1024 * 1024;

/** `BENCH_ONLY=fanout200,history` measures only those figures (all by default). */
function selected(): Figure[] {
  const only = process.env.BENCH_ONLY?.split(',').map((id) => id.trim()).filter(Boolean);
  if (!only?.length) return FIGURES;
  const unknown = only.filter((id) => !FIGURES.some((figure) => figure.id === id));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: no figure ${unknown.join(', ')} (figures: ${FIGURES.map((f) => f.id).join(', ')})`);
  return FIGURES.filter((figure) => only.includes(figure.id));
}

/**
 * The servers in the order they take their turns in a round: each round starts
 * with the next one, so that none is always first, when the clients' code is
 * least warmed up (a cold Yjs decoder costs a late join tens of milliseconds).
 */
function turnOrder(round: number): typeof SERVERS {
  const first = (round - 1) % SERVERS.length;
  return [...SERVERS.slice(first), ...SERVERS.slice(0, first)];
}

/**
 * Rounds of every figure for every server, the servers taking turns within a
 * round so that a slow moment of the machine does not fall on one of them only.
 * A figure that fails is reported and left out of that round.
 */
export async function runAll(rounds: number, log: (line: string) => void): Promise<{ results: Results; failures: string[] }> {
  const results: Results = new Map();
  const failures: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    const idle = new Map<ServerName, number[]>();
    const peak = new Map<ServerName, number>();
    for (const figure of selected()) {
      for (const server of turnOrder(round)) {
        if (figure.only && !figure.only.includes(server.name)) continue;
        const started = performance.now();
        try {
          const measured = await measure(figure.launch ?? server.launch, figure);
          for (const [key, value] of Object.entries(measured.values)) store(results, figure.id, key, server.name, value);
          // Idle and peak memory describe the default setup; the PostgreSQL variant is a different server.
          if (!figure.launch) {
            idle.set(server.name, [...(idle.get(server.name) ?? []), measured.idle]);
            peak.set(server.name, Math.max(peak.get(server.name) ?? 0, measured.peak));
          }
          const shown = Object.entries(measured.values).map(([key, value]) => `${key}=${value.toFixed(1)}`).join(' ');
          log(`round ${round}/${rounds} ${figure.id} ${server.name}: ${shown} rssPeakMb=${(measured.peak / MB).toFixed(0)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
        } catch (error) {
          failures.push(`round ${round} ${figure.id} ${server.name}: ${error instanceof Error ? error.message : String(error)}`);
          log(`round ${round}/${rounds} ${figure.id} ${server.name}: FAILED ${String(error)}`);
        }
      }
    }
    for (const [server, values] of idle) store(results, 'server', 'idleMb', server, Math.min(...values) / MB);
    for (const [server, value] of peak) store(results, 'server', 'peakMb', server, value / MB);
  }
  return { results, failures };
}
