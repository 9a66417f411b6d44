import { rmSync } from 'node:fs';
import { afterAll, onTestFinished } from 'vitest';
import { spawnServer, type RunningServer, type StartOptions } from './spawn.js';

export type { RunningServer, StartOptions } from './spawn.js';

/** Spawn the server for a test, and stop it when the test (or, from beforeAll, the file) ends. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const server = await spawnServer(options);
  const dataDir = server.dataDir;
  const teardown = async () => {
    await server.kill();
    if (!options.keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    onTestFinished(teardown);
  } catch {
    // Started from beforeAll: stopped when the file's tests are done.
    startedForFile.push(teardown);
  }
  return server;
}

const startedForFile: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(startedForFile.splice(0).map((teardown) => teardown()));
});
