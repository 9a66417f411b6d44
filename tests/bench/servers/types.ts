import type { Endpoint } from '../client/wire.js';

export type ServerName = 'product' | 'reference' | 'hocuspocus';

/** One room, and how a writer and a read-only client reach it. */
export interface Room {
  writer: Endpoint;
  reader: Endpoint;
}

/** A server under test, running as its own child process. */
export interface Target {
  pid: number;
  /** Make `count` fresh rooms. */
  rooms(count: number): Promise<Room[]>;
  /** Stop it and remove what it stored; safe to call twice. */
  stop(): Promise<void>;
}

export type Launch = () => Promise<Target>;
