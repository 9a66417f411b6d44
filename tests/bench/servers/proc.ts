import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`no ${field} for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** Resident memory now, in bytes. */
export function rss(pid: number): number {
  return statusField(pid, 'VmRSS');
}

/** The highest resident memory the process has had, in bytes. */
export function peakRss(pid: number): number {
  return statusField(pid, 'VmHWM');
}

/** CPU time used so far (user + system), in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / TICKS_PER_SECOND;
}

/** Start reading a process's CPU use; the returned function gives the CPU seconds used since, and their % of one core. */
export function cpuMeter(pid: number): () => { seconds: number; percent: number } {
  const cpuBefore = cpuSeconds(pid);
  const start = performance.now();
  return () => {
    const seconds = cpuSeconds(pid) - cpuBefore;
    return { seconds, percent: (seconds / ((performance.now() - start) / 1000)) * 100 };
  };
}

/**
 * Server CPU microseconds per delivered edit: what a server spends to serve
 * one more reader, which holds up under other load on the machine better than latency.
 */
export function cpuMicrosecondsPer(seconds: number, deliveries: number): number {
  return deliveries > 0 ? (seconds * 1e6) / deliveries : NaN;
}
