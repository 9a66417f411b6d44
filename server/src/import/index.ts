import { WorkerThread } from '../workerThread.js';
import type { ClausePreview } from './blocks.js';
import type { ImportFormat } from './formats.js';

export { IMPORT_TYPES, type ImportFormat } from './formats.js';

export interface ImportRequest {
  format: ImportFormat;
  bytes: Uint8Array;
  charset?: string;
  /** Only say which clauses the file would make. */
  preview: boolean;
}

export type ImportResult =
  | { clauses: number; preview: ClausePreview[] }
  /** The clauses written into an empty body, as a Yjs update to apply to the draft's. */
  | { clauses: number; update: Uint8Array }
  | { unreadable: { code: string; message: string } };

/** Reads imported files; `close` stops its thread. */
export interface ImportReader {
  /** The clauses a file makes (their preview, or the update that writes them), or why it cannot be read. */
  read(request: ImportRequest): Promise<ImportResult>;
  close(): Promise<void>;
}

/**
 * Files are read on a thread of their own (import.worker.ts), started at the first
 * import and stopped after a minute without one: a 2,000-clause Word file keeps
 * mammoth busy for over a second, which the main thread's rooms cannot wait for.
 * The server makes one and closes it when it stops.
 */
export function createImportReader(): ImportReader {
  const reader = new WorkerThread(new URL('./import.worker.js', import.meta.url), { idleMs: 60_000 });
  return {
    read: (request) => reader.request<ImportResult>('read', [request]),
    close: () => reader.terminate(),
  };
}
