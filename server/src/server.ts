import { createServer as createHttpServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { createAmendmentCommands } from './amendments/commands.js';
import { createCollab } from './collab/index.js';
import type { Config } from './config.js';
import { createExportRenderer, type ExportRenderer } from './export/index.js';
import { createHttpApp } from './http/app.js';
import { createImportReader, type ImportReader } from './import/index.js';
import type { Relay } from './collab/relay.js';
import type { Logger } from './log.js';
import type { Store } from './store/types.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

export interface ServerDeps {
  config: Config;
  store: Store;
  logger: Logger;
  /** Other instances to share live rooms with (REDIS_URL). */
  relay?: Relay;
  clientDir?: string;
  /** The threads that render exports and read imports (made here when not given); closed with the server. */
  exports?: ExportRenderer;
  imports?: ImportReader;
}

/** Wire the parts: one HTTP server for the page, `/api` and `/collab`. */
export function createServer({
  config,
  store,
  logger,
  relay,
  clientDir = CLIENT_DIR,
  exports = createExportRenderer(),
  imports = createImportReader(),
}: ServerDeps) {
  const collab = createCollab({
    documents: store.documents,
    app: store.app,
    logger,
    maxMessageBytes: config.maxMessageBytes,
    maxDocumentBytes: config.maxDocumentBytes,
    relay,
  });
  const amendments = createAmendmentCommands({ app: store.app, collab });
  const http = createHttpApp({ app: store.app, collab, amendments, exports, imports, logger, adminToken: config.adminToken, clientDir });
  const server: Server = createHttpServer(getRequestListener(http.fetch));
  collab.attach(server);

  return {
    server,
    listen(): Promise<number> {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : config.port);
        });
      });
    },
    /** Stop taking connections, put every update on disk, stop the threads, close the store. */
    async close(): Promise<void> {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await collab.shutdown();
      server.closeAllConnections();
      await closed;
      await Promise.all([exports.close(), imports.close()]);
      await store.close();
    },
  };
}
