/**
 * `pnpm bench`: the product against the y-websocket reference server and
 * Hocuspocus, side by side, with the same client code on the same machine.
 * Each server runs as its own child process on a loopback port; the clients
 * run in worker threads of this process. Prints a markdown table.
 */
import { loadavg } from 'node:os';
import './servers/children.js';
import { buildServer } from '../../server/build.mjs';
import { renderReport } from './report.js';
import { runAll } from './runner.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
// The product runs as `pnpm start` runs it: built from the sources as they are now.
await buildServer();
const started = performance.now();
const loadAtStart = loadavg()[0];
const { results, failures } = await runAll(rounds, (line) => process.stderr.write(`${line}\n`));
console.log(renderReport(results, rounds, failures, loadAtStart));
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
