import type { Config } from '../config.js';
import type { Store } from './types.js';

/** The store the configuration names; only its driver is loaded (each costs memory). */
export async function openStore(config: Config): Promise<Store> {
  return config.databaseUrl
    ? (await import('./postgres.js')).openPostgresStore(config.databaseUrl)
    : (await import('./sqlite.js')).openSqliteStore(config.dataDir);
}
