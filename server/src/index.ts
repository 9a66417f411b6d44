import { resolve } from 'node:path';
import { ConfigError, readConfig, type Config } from './config.js';
import { createLogger } from './log.js';
import { createServer } from './server.js';
import { openSqliteStore } from './store/sqlite.js';

// The only place that reads the environment.
const logger = createLogger();
let config: Config;
try {
  config = readConfig(process.env);
  if (config.databaseUrl) throw new ConfigError('DATABASE_URL is set, but this version stores data in SQLite only (in DATA_DIR).');
  if (config.redisUrl) throw new ConfigError('REDIS_URL is set, but this version runs as a single instance only.');
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Configuration error: ${error.message}\n`);
  process.exit(1);
}

const store = openSqliteStore(config.dataDir);
const app = createServer({ config, store, logger });
const port = await app.listen().catch((error: NodeJS.ErrnoException) => {
  process.stderr.write(`Could not listen on ${config.host}:${config.port}: ${error.code ?? error.message}\n`);
  process.exit(1);
});

const shown = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
logger.info(`Charter Commons is running at http://${shown}:${port}`, { dataDir: resolve(config.dataDir) });
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
