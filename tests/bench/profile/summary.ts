/**
 * `pnpm bench:profile <file.cpuprofile> [rows] [from-to]`: where a server spent
 * its CPU. Prints how busy it was second by second, then the functions with the
 * most self time and the share of busy time under each, so a profile from
 * `BENCH_CPU_PROFILE` can be read in a terminal. `from-to` (seconds since the
 * profile began, e.g. `10-15`) keeps only that window: a figure's measured
 * phase, without the setup before it.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

function where(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? basename(url.replace(/^file:\/\//, '')) : '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

export function summarise(profile: Profile, rows: number, window?: { from: number; to: number }): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const selfUs = new Map<number, number>();
  /** Per second since the start: [busy, all] microseconds. */
  const seconds: Array<[number, number]> = [];
  let at = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    at += us;
    const second = Math.floor(at / 1e6);
    const bucket = (seconds[second] ??= [0, 0]);
    bucket[1] += us;
    if (!IDLE.has(byId.get(id)!.callFrame.functionName)) bucket[0] += us;
    if (window && (at < window.from * 1e6 || at >= window.to * 1e6)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + us);
  });

  let total = 0;
  let busy = 0;
  let gc = 0;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    total += us;
    const name = node.callFrame.functionName;
    if (name === '(garbage collector)') gc += us;
    if (IDLE.has(name)) continue;
    busy += us;
    self.set(where(node), (self.get(where(node)) ?? 0) + us);
    // Each frame on the stack counts once, however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = where(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);
  const pct = (us: number) => `${((100 * us) / Math.max(busy, 1)).toFixed(1).padStart(5)}%`;
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, rows);
  const timeline = seconds.map((bucket, second) => `${second}:${bucket ? Math.round((100 * bucket[0]) / bucket[1]) : 0}`).join(' ');
  return [
    `busy % by second: ${timeline}`,
    window ? `window: ${window.from}–${window.to} s` : 'window: the whole profile',
    `profiled ${ms(total).trim()} ms; busy (JavaScript and native calls) ${ms(busy).trim()} ms; garbage collection ${ms(gc).trim()} ms`,
    '',
    'self time (ms, % of busy):',
    ...top(self).map(([name, us]) => `${ms(us)} ${pct(us)}  ${name}`),
    '',
    'total time under (ms, % of busy):',
    ...top(inclusive).map(([name, us]) => `${ms(us)} ${pct(us)}  ${name}`),
  ].join('\n');
}

const [file, rows = '25', range] = process.argv.slice(2);
const bounds = range ? /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(range) : null;
if (!file || (range && !bounds)) {
  console.error('usage: pnpm bench:profile <file.cpuprofile> [rows] [from-to, in seconds]');
  process.exit(2);
}
// pnpm runs this in tests/: a relative path is the caller's.
const path = resolve(process.env.INIT_CWD ?? '.', file);
const window = bounds ? { from: Number(bounds[1]), to: Number(bounds[2]) } : undefined;
console.log(summarise(JSON.parse(readFileSync(path, 'utf8')) as Profile, Number(rows), window));
