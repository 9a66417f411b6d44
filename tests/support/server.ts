import { rmSync } from 'node:fs';
import { spawnServer, type RunningServer, type StartOptions } from './spawn.js';
import { teardownLater } from './teardown.js';

export type { RunningServer, StartOptions } from './spawn.js';

/** Spawn the server for a test, and stop it when the test (or, from beforeAll, the file) ends. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const server = await spawnServer(options);
  const dataDir = server.dataDir;
  const teardown = async () => {
    await server.kill();
    if (!options.keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  teardownLater(teardown);
  return server;
}
