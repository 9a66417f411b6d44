import { runAdmin, type AnnounceRevoke } from './admin/commands.js';
import { ConfigError, readConfig } from './config.js';
import { createLogger } from './log.js';
import { openStore } from './store/open.js';
import type { Relay } from './collab/relay.js';
import type { Store } from './store/types.js';

// `pnpm admin …`: the operator's commands, run against the store `pnpm start`
// uses (the same DATA_DIR or DATABASE_URL), with or without the server running.
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const config = (() => {
  try {
    return readConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(`Configuration error: ${error.message}`);
    throw error;
  }
})();
const store: Store = await openStore(config).catch((error: Error) => fail(`Could not open the database: ${error.message}`));
// Instances sharing rooms through Redis hear of a replaced link as they do from
// one another, and close the old link's sockets; a lone server learns of it only
// on the next connection. Warnings go to stderr: stdout holds what is asked for.
let relay: Relay | undefined;
if (config.redisUrl) {
  const { createRedisRelay } = await import('./scale/redis.js');
  relay = await createRedisRelay(config.redisUrl, createLogger((line) => process.stderr.write(`${line}\n`))).catch((error: Error) =>
    fail(`Could not reach Redis: ${error.message}`),
  );
}
const announce: AnnounceRevoke | undefined = relay && ((initiativeId, role) => relay.publishControl({ type: 'revoke', initiativeId, role }));
try {
  process.exitCode = await runAdmin(process.argv.slice(2), store.app, config, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }, announce);
} finally {
  await relay?.close();
  await store.close();
}
