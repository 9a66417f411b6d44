import { resolve } from 'node:path';
import { ConfigError, readConfig, type Config } from './config.js';
import { createLogger } from './log.js';
import type { Relay } from './collab/relay.js';
import { createServer } from './server.js';
import { openStore } from './store/open.js';
import type { Store } from './store/types.js';

// With admin.ts (the operator's commands), the only place that reads the environment.
const logger = createLogger();
let config: Config;
try {
  config = readConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Configuration error: ${error.message}\n`);
  process.exit(1);
}

let store: Store;
let relay: Relay | undefined;
try {
  store = await openStore(config);
} catch (error) {
  process.stderr.write(`Could not open the database: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
if (config.redisUrl) {
  if (!config.databaseUrl) {
    process.stderr.write('Configuration error: REDIS_URL needs DATABASE_URL: instances that share rooms must share one database.\n');
    process.exit(1);
  }
  const { createRedisRelay } = await import('./scale/redis.js');
  relay = await createRedisRelay(config.redisUrl, logger).catch((error: Error) => {
    process.stderr.write(`Could not reach Redis: ${error.message}\n`);
    process.exit(1);
  });
}
const app = createServer({ config, store, logger, relay });
const port = await app.listen().catch((error: NodeJS.ErrnoException) => {
  process.stderr.write(`Could not listen on ${config.host}:${config.port}: ${error.code ?? error.message}\n`);
  process.exit(1);
});

const shown = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
logger.info(`Charter Commons is running at http://${shown}:${port}`, {
  storage: config.databaseUrl ? 'PostgreSQL' : `SQLite in ${resolve(config.dataDir)}`,
  ...(relay ? { rooms: 'shared with other instances through Redis' } : {}),
});
if (shown !== config.host) logger.info(`Listening on every network interface (${config.host}); people on your network use this machine's address.`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: saving and stopping`);
    app.close().then(
      () => process.exit(0),
      (error) => {
        logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  });
}
