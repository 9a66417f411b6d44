import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/**
 * The built client: hashed assets cached for a year, and every other page path
 * answered with index.html so the browser's router can show it.
 */
export function clientRoutes(clientDir: string) {
  const routes = new Hono();
  const indexFile = join(clientDir, 'index.html');
  const indexHtml = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : null;

  routes.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  // The service worker must be checked on every visit, or an update never applies.
  routes.use('/sw.js', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'no-cache');
  });
  // The build writes a brotli and a gzip copy of each file; a browser that accepts one gets it.
  if (indexHtml) routes.use('*', serveStatic({ root: clientDir, precompressed: true }));
  routes.get('*', (c) => {
    if (!indexHtml) return c.text('The client is not built yet: run `pnpm build`.', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return routes;
}
