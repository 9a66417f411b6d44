import { performance } from 'node:perf_hooks';

/**
 * A writer's edit carries `@bm:<writer>:<seq>:<sentAt>;` as a string value.
 * Yjs stores strings as UTF-8 inside the update, so a receiver finds it in the
 * raw bytes without a Y.Doc of its own.
 */
const PREFIX = Buffer.from('@bm:');
const END = 0x3b; // ';'

export interface Marker {
  writer: number;
  seq: number;
  /** Milliseconds on the shared wall clock (see `now`). */
  sentAt: number;
}

/**
 * Sub-millisecond time that is comparable across worker threads: each thread's
 * `performance.now()` counts from its own start, `timeOrigin` says when that was.
 */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

export function markerText(writer: number, seq: number): string {
  return `@bm:${writer}:${seq}:${now().toFixed(3)};`;
}

export function findMarker(payload: Uint8Array): Marker | null {
  const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const start = bytes.indexOf(PREFIX);
  if (start < 0) return null;
  const end = bytes.indexOf(END, start);
  if (end < 0) return null;
  const [writer, seq, sentAt] = bytes.toString('latin1', start + PREFIX.length, end).split(':').map(Number);
  return Number.isFinite(sentAt) ? { writer, seq, sentAt } : null;
}
