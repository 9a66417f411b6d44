import type { Dialect } from './schema.js';

/**
 * The little each database must offer for the app's records to be written
 * once (appStore.ts): statements with `?` placeholders, and transactions.
 */
export interface SqlRunner {
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  one<T>(sql: string, params?: readonly unknown[]): Promise<T | null>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
}

export interface SqlDriver extends SqlRunner {
  readonly dialect: Dialect;
  /**
   * Run `work` in one transaction: all of it is stored, or none. The runner it
   * is given is the only one to use inside; nothing else writes meanwhile.
   */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /**
   * Run `work` while no other process sharing the database runs work under
   * the same key. `work` may use the driver (it is not a transaction).
   */
  exclusive<T>(key: string, work: () => Promise<T>): Promise<T>;
}
