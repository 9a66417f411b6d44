import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API, the websocket and the health check live on the server
// (port 8080); `pnpm start` serves the built `dist/` from that same port instead.
const SERVER = 'http://127.0.0.1:8080';

/**
 * Emit `sw.js` with the build: the worker in offline/sw.js, given the list of every
 * built file to cache and a version that changes whenever any of them does
 * (built names carry a hash of their content).
 */
function serviceWorker(): Plugin {
  const template = readFileSync(new URL('./offline/sw.js', import.meta.url), 'utf8');
  return {
    name: 'charter-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => !name.endsWith('.map') && !name.startsWith('.vite/') && name !== 'index.html' && name !== 'sw.js')
        .map((name) => `/${name}`)
        .sort();
      const precache = ['/index.html', ...files];
      const version = createHash('sha256').update(template).update(precache.join('\n')).digest('hex').slice(0, 16);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template.replace("'__VERSION__'", JSON.stringify(version)).replace('__PRECACHE__', JSON.stringify(precache)),
      });
    },
  };
}

/**
 * Write a brotli and a gzip copy beside every script, stylesheet and page, which
 * the server sends to browsers that accept them: on a slow link the draft page
 * is a third of its size.
 */
function precompress(): Plugin {
  return {
    name: 'charter-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(name) || name.startsWith('.vite/')) continue;
        const content = readFileSync(join(dir, name));
        writeFileSync(join(dir, `${name}.gz`), gzipSync(content, { level: 9 }));
        writeFileSync(
          join(dir, `${name}.br`),
          brotliCompressSync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length } }),
        );
      }
    },
  };
}

export default defineConfig({
  // The service worker serves the app shell offline (see offline/sw.js).
  plugins: [react(), serviceWorker(), precompress()],
  // The app and the router are written against React's API; Preact's
  // compatibility layer serves it at a sixth of react-dom's size, which on a
  // slow link is a second less before the editor takes a keystroke.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server reads it to name the editor's chunks in a draft page's HTML.
    manifest: true,
  },
  server: {
    proxy: {
      '/api': SERVER,
      '/collab': { target: SERVER, ws: true },
      '/healthz': SERVER,
    },
  },
});
