import { runAdmin } from './admin/commands.js';
import { ConfigError, readConfig } from './config.js';
import { openStore } from './store/open.js';
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
try {
  process.exitCode = await runAdmin(process.argv.slice(2), store.app, config, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
} finally {
  await store.close();
}
