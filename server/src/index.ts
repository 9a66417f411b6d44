import { resolve } from 'node:path';
import { ConfigError, readConfig, type Config } from './config.js';
import { createLogger } from './log.js';
import { createServer } from './server.js';
import { openPostgresStore } from './store/postgres.js';
import { openSqliteStore } from './store/sqlite.js';
import type { Store } from './store/types.js';

// The only place that reads the environment.
const logger = createLogger();
let config: Config;
try {
  config = readConfig(process.env);
  if (config.redisUrl) throw new ConfigError('REDIS_URL is set, but this version runs as a single instance only.');
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Configuration error: ${error.message}\n`);
  process.exit(1);
}

let store: Store;
try {
  store = config.databaseUrl ? await openPostgresStore(config.databaseUrl) : openSqliteStore(config.dataDir);
} catch (error) {
  process.stderr.write(`Could not open the database: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const app = createServer({ config, store, logger });
const port = await app.listen().catch((error: NodeJS.ErrnoException) => {
  process.stderr.write(`Could not listen on ${config.host}:${config.port}: ${error.code ?? error.message}\n`);
  process.exit(1);
});

const shown = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
logger.info(`Charter Commons is running at http://${shown}:${port}`, {
  storage: config.databaseUrl ? 'PostgreSQL' : `SQLite in ${resolve(config.dataDir)}`,
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
