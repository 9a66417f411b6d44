import type { Endpoint } from './wire.js';

/** A client a worker runs: a receiver, or a writer when `writer` is set. */
export interface ClientSpec {
  endpoint: Endpoint;
  writer?: WriterSpec;
  /** A stock y-websocket provider with its own document, as a browser runs, instead of the light client. */
  stock?: boolean;
}

export interface WriterSpec {
  id: number;
  /** Edits to send once the run starts. */
  count: number;
  /** One edit every this many ms; 0 sends them back to back (a burst). */
  everyMs: number;
  /** Wait this long before the first edit, so writers of many rooms do not beat in step. */
  offsetMs: number;
}

export type Request =
  | { op: 'connect'; clients: ClientSpec[]; concurrency: number }
  | { op: 'go' }
  | { op: 'progress' }
  | { op: 'report' }
  | { op: 'close' };

export interface ConnectResult {
  synced: number;
  failed: number;
  firstError?: string;
}

export interface Progress {
  sent: number;
  received: number;
  writing: number;
}

export interface Report {
  /** One entry per delivery: ms from the writer's edit to this receiver having it. */
  latencies: Float64Array;
  /** Edits sent, and synced receivers, per room: what should have arrived. */
  sentByRoom: Record<string, number>;
  receiversByRoom: Record<string, number>;
  received: number;
  firstSentAt: number;
  lastReceivedAt: number;
  /** Clients open now, and those the server closed during the run. */
  open: number;
  dropped: number;
}

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
