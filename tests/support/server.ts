import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from './postgres.js';
import { spawnServer, type RunningServer, type StartOptions, type Storage } from './spawn.js';
import { teardownLater } from './teardown.js';

export type { RunningServer, StartOptions, Storage } from './spawn.js';

/**
 * Spawn the server for a test, and stop it when the test (or, from beforeAll,
 * the file) ends. Without `storage`, it gets fresh storage of its own, removed
 * at the end: a data directory, and a database of its own when the suite runs
 * against PostgreSQL (`CHARTER_TEST_STORE=postgres`).
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const storage = options.storage ?? (await freshStorage());
  const server = await spawnServer({ ...options, storage });
  teardownLater(() => server.kill());
  return server;
}

async function freshStorage(): Promise<Storage> {
  const dataDir = mkdtempSync(join(tmpdir(), 'charter-test-'));
  teardownLater(() => rmSync(dataDir, { recursive: true, force: true }));
  if (process.env.CHARTER_TEST_STORE !== 'postgres') return { dataDir };
  const database = await createDatabase();
  teardownLater(() => database.drop());
  return { dataDir, databaseUrl: database.url };
}
