import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** Where the build's hashed files are served. */
const ASSETS = '/assets/';

/** Is this a built file (whose headers static.ts gives), not a page or the API? */
export function isBuiltAsset(path: string): boolean {
  return path.startsWith(ASSETS);
}

/**
 * The built client: hashed assets cached for a year, and every other page path
 * answered with index.html so the browser's router can show it. Also the hash of
 * each script written into the page itself, which the content security policy
 * names so that those scripts, and no other inline script, may run.
 */
export function builtClient(clientDir: string): { routes: Hono; inlineScriptHashes: string[] } {
  const routes = new Hono();
  const indexFile = join(clientDir, 'index.html');
  const indexHtml = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : null;
  const pages = indexHtml ? pageHtml(clientDir, indexHtml).map(({ path, html }) => ({ path, page: encoded(html) })) : [];
  const index = indexHtml ? encoded(indexHtml) : null;

  // A built script or stylesheet is no document: a policy, framing or referrer
  // header means nothing on it (the page's own govern it), so it carries only the
  // two that apply to a subresource (app.ts gives pages the rest). On a slow link
  // the twenty files of a draft page are 12 KB lighter.
  routes.use(`${ASSETS}*`, async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  // The service worker must be checked on every visit, or an update never applies.
  routes.use('/sw.js', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'no-cache');
  });
  // The build writes a brotli and a gzip copy of each file; a browser that accepts one gets it.
  if (indexHtml) routes.use('*', serveStatic({ root: clientDir, precompressed: true }));
  // A built file that is not there (an old page asking for a chunk a newer build
  // replaced) is a 404, never the page's HTML cached for a year under a script's name.
  routes.get(`${ASSETS}*`, (c) => c.text('No such file.', 404));
  routes.get('*', (c) => {
    if (!index) return c.text('The client is not built yet: run `pnpm build`.', 503);
    c.header('Cache-Control', 'no-cache');
    c.header('Vary', 'Accept-Encoding');
    const page = pages.find((candidate) => candidate.path.test(c.req.path))?.page ?? index;
    const encoding = acceptedEncoding(c.req.header('Accept-Encoding'));
    if (!encoding) return c.html(page.html);
    c.header('Content-Type', 'text/html; charset=UTF-8');
    c.header('Content-Encoding', encoding);
    return c.body(page[encoding]);
  });
  return { routes, inlineScriptHashes: indexHtml ? inlineScriptHashes(indexHtml) : [] };
}

/**
 * A page's HTML with its brotli and gzip copies, made once at start: the page is
 * the first thing on a slow link's critical path (4.4 KB for a draft, 1.4 KB
 * in brotli), and nothing else starts before it has arrived.
 */
function encoded(html: string): { html: string; br: Uint8Array<ArrayBuffer>; gzip: Uint8Array<ArrayBuffer> } {
  return {
    html,
    br: new Uint8Array(brotliCompressSync(html, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } })),
    gzip: new Uint8Array(gzipSync(html, { level: 9 })),
  };
}

/** Brotli if the request accepts it, else gzip, else none (an encoding given `q=0` is refused). */
export function acceptedEncoding(header: string | undefined): 'br' | 'gzip' | null {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    weights.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const accepts = (name: string) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : null;
}

/** `'sha256-…'` of each `<script>` that has its code inline, as CSP's script-src takes it. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter(([, code]) => code.trim() !== '')
    .map(([, code]) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
}

/**
 * Each page whose code is a chunk of its own (the lazy routes of client/src/main.tsx),
 * by its path, and its module in the build's manifest.
 */
export const PAGES: ReadonlyArray<{ path: RegExp; module: string }> = [
  { path: /^\/$/, module: 'src/pages/HomePage.tsx' },
  { path: /^\/join\/[^/]+\/?$/, module: 'src/pages/JoinPage.tsx' },
  { path: /^\/join\/[^/]+\/needs\/?$/, module: 'src/needs/NeedsPage.tsx' },
  { path: /^\/drafts\/[^/]+\/?$/, module: 'src/pages/DraftPage.tsx' },
  { path: /^\/drafts\/[^/]+\/coverage\/?$/, module: 'src/coverage/CoveragePage.tsx' },
  { path: /^\/drafts\/[^/]+\/participation\/?$/, module: 'src/participation/ParticipationPage.tsx' },
  { path: /^\/drafts\/[^/]+\/review\/?$/, module: 'src/review/ReviewPage.tsx' },
  { path: /^\/drafts\/[^/]+\/translations\/?$/, module: 'src/translate/TranslationsPage.tsx' },
  { path: /^\/drafts\/[^/]+\/history\/?$/, module: 'src/history/HistoryPage.tsx' },
];

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/**
 * Each page's HTML names its chunks, from the build's manifest, so the browser
 * fetches them alongside the app's entry instead of after it has run (a round
 * trip and an idle link less on a slow connection), and no page loads another's
 * code: the join page never loads the editor.
 */
function pageHtml(clientDir: string, indexHtml: string): Array<{ path: RegExp; html: string }> {
  const manifestFile = join(clientDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return [];
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  } catch {
    return [];
  }
  return PAGES.map(({ path, module }) => {
    const files = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || files.has(chunk.file)) return;
      files.add(chunk.file);
      chunk.imports?.forEach(visit);
    };
    visit(module);
    return { path, html: withPreloads(indexHtml, [...files]) };
  });
}

/**
 * The page's chunks go in a meta tag at the top of its head, and the page's
 * inline script asks for them (modulepreload) once it has started the page's
 * first reads: as links in the HTML the browser would find them first, and on
 * a link that carries six requests at a time the reads would wait behind them.
 */
function withPreloads(html: string, files: string[]): string {
  const modules = files.filter((file) => file.endsWith('.js') && !html.includes(`/${file}"`)).map((file) => `/${file}`);
  return modules.length ? html.replace('<head>', `<head><meta name="charter-modules" content="${modules.join(' ')}">`) : html;
}
