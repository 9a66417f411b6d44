import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { amendmentRoutes } from './amendments.js';
import type { Services } from './context.js';
import { isDraftImport } from './draftImport.js';
import { draftRoutes } from './drafts.js';
import { AppError, errorBody, handleError } from './errors.js';
import { initiativeRoutes } from './initiatives.js';
import { needRoutes } from './needs.js';
import { participantRoutes } from './participants.js';
import { principleRoutes } from './principles.js';
import { rateLimit } from './rateLimit.js';
import { sessionRoutes } from './session.js';
import { builtClient, isBuiltAsset } from './static.js';

/** JSON bodies of the API are small; anything larger is refused before it is read. */
const MAX_BODY_BYTES = 64 * 1024;

/** The HTTP side: `/healthz`, `/api/*`, and the built client for every other path. */
export function createHttpApp(services: Services & { clientDir: string }) {
  const app = new Hono();
  app.onError(handleError(services.logger));
  const client = builtClient(services.clientDir);
  // Scripts only from this server, and the page's own inline script (by its hash);
  // styles may be inline because the editor draws each person's caret colour with
  // a style attribute; nothing may frame the app.
  const documentHeaders = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", ...client.inlineScriptHashes],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'no-referrer',
  });
  // Built files carry their own, fewer headers (static.ts).
  app.use('*', (c, next) => (isBuiltAsset(c.req.path) ? next() : documentHeaders(c, next)));

  app.get('/healthz', (c) => c.json({ ok: true }));

  const api = new Hono();
  // Each request's id (X-Request-Id), in its response and in what is logged of it.
  api.use('*', requestId());
  api.use('*', rateLimit(services.app));
  const jsonBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      // The rest of the body is not read: end the connection, so that the client
      // does not send its next request into the unread remainder.
      c.header('Connection', 'close');
      return c.json(errorBody('too_large', `The request body is over ${MAX_BODY_BYTES / 1024} KB.`), 413);
    },
  });
  // An imported file has its own, larger limit (draftImport.ts).
  api.use('*', (c, next) => (isDraftImport(c.req.method, c.req.path) ? next() : jsonBodyLimit(c, next)));
  // What the home page needs to know before starting an initiative.
  api.get('/settings', (c) => c.json({ adminTokenRequired: services.adminToken !== undefined }));
  api.route('/initiatives', initiativeRoutes(services));
  api.route('/drafts', draftRoutes(services));
  api.route('/needs', needRoutes(services));
  api.route('/session', sessionRoutes(services));
  api.route('/participants', participantRoutes(services));
  api.route('/amendments', amendmentRoutes(services));
  api.route('/principles', principleRoutes());
  api.all('*', () => {
    throw new AppError(404, 'not_found', 'No such API route.');
  });
  app.route('/api', api);

  app.route('/', client.routes);
  return app;
}
