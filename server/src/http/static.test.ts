import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { acceptedEncoding, builtClient, PAGES } from './static.js';

const CLIENT = fileURLToPath(new URL('../../../client/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'charter-static-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A built client of three chunks: the entry, the editor page, and one they share. */
function fakeBuild(): string {
  mkdirSync(join(dir, '.vite'), { recursive: true });
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<html><head><script type="module" src="/assets/index-1.js"></script></head><body></body></html>');
  writeFileSync(
    join(dir, '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-1.js', imports: ['_shared-3.js'] },
      'src/pages/DraftPage.tsx': { file: 'assets/DraftPage-2.js', imports: ['_shared-3.js', 'index.html'] },
      'src/pages/JoinPage.tsx': { file: 'assets/JoinPage-4.js', imports: ['index.html'] },
      '_shared-3.js': { file: 'assets/shared-3.js' },
    }),
  );
  writeFileSync(join(dir, 'assets', 'DraftPage-2.js'), 'export {};');
  return dir;
}

describe('the built client', () => {
  it("names in each page's HTML that page's chunks, and no other page's", async () => {
    const { routes } = builtClient(fakeBuild());
    const draft = await (await routes.request('/drafts/abc')).text();
    // In a meta tag the page's inline script reads, after it has started the page's first reads.
    expect(draft).toContain('<head><meta name="charter-modules" content="/assets/DraftPage-2.js /assets/shared-3.js">');
    expect(draft).not.toContain('JoinPage-4.js');
    // The entry is in the page already: it is not named twice.
    expect(draft.match(/index-1\.js/g)).toHaveLength(1);

    const joinPage = await (await routes.request('/join/some-token')).text();
    expect(joinPage).toContain('<meta name="charter-modules" content="/assets/JoinPage-4.js /assets/shared-3.js">');
    expect(joinPage).not.toContain('DraftPage-2.js');
    // A page with no chunk of its own is the plain page.
    expect(await (await routes.request('/nowhere/at/all')).text()).not.toContain('charter-modules');
  });

  it("sends a page's HTML in brotli or gzip to a browser that accepts it, the same page as plain", async () => {
    const { routes } = builtClient(fakeBuild());
    const plain = await routes.request('/drafts/abc');
    const html = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toContain('Accept-Encoding');
    const br = await routes.request('/drafts/abc', { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(br.headers.get('cache-control')).toBe('no-cache');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8')).toBe(html);
    const gzip = await routes.request('/drafts/abc', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString('utf8')).toBe(html);
  });

  it('reads Accept-Encoding with its weights', () => {
    expect(acceptedEncoding('gzip, deflate, br')).toBe('br');
    expect(acceptedEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(acceptedEncoding('BR')).toBe('br');
    expect(acceptedEncoding('*')).toBe('br');
    expect(acceptedEncoding('*;q=0, identity')).toBeNull();
    expect(acceptedEncoding('identity')).toBeNull();
    expect(acceptedEncoding('')).toBeNull();
    expect(acceptedEncoding(undefined)).toBeNull();
  });

  it('answers a built file that is not there with a 404, not the page', async () => {
    const { routes } = builtClient(fakeBuild());
    const built = await routes.request('/assets/DraftPage-2.js');
    expect(built.status).toBe(200);
    expect(built.headers.get('x-content-type-options')).toBe('nosniff');
    expect(built.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    const missing = await routes.request('/assets/DraftPage-old.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
  });

  it('knows each lazy page of the client by the module main.tsx loads it from', () => {
    const main = readFileSync(join(CLIENT, 'src', 'main.tsx'), 'utf8');
    const lazy = [...main.matchAll(/lazy\(\(\) => import\('\.\/([^']+)'\)/g)].map((match) => `src/${match[1]}.tsx`);
    expect(lazy.length).toBeGreaterThan(0);
    expect(PAGES.map((page) => page.module).sort()).toEqual(lazy.sort());
    for (const { module } of PAGES) expect(existsSync(join(CLIENT, module)), module).toBe(true);
  });
});
