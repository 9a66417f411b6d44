// Builds the server into `dist/`: our TypeScript (the server and `@charter/shared`)
// and the pure-JavaScript packages it uses, bundled, so that `pnpm start` runs
// plain JavaScript with no TypeScript loader in the process. Measured: idle at
// 85 MB instead of 133 MB, listening in 0.3 s instead of 3 s.
import { build } from 'esbuild';
import { readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('.', import.meta.url));
const OUT_DIR = join(SERVER_DIR, 'dist');

/**
 * Loaded from node_modules at run time, not bundled: native addons, packages
 * that read their own data files, and the optional native helpers of pg and ws.
 */
const EXTERNAL = ['better-sqlite3', 'pdfkit', 'fontkit', 'pg-native', 'bufferutil', 'utf-8-validate'];

export async function buildServer() {
  const result = await build({
    absWorkingDir: SERVER_DIR,
    // The server, the operator's command (admin.ts), and the entries of the export and import threads (see export/index.ts, import/index.ts).
    entryPoints: ['src/index.ts', 'src/admin.ts', 'src/export/render.worker.ts', 'src/import/import.worker.ts'],
    entryNames: '[name]',
    outdir: OUT_DIR,
    bundle: true,
    // The stores and the relay load only when used (DOCX and PDF live in the export thread's entry).
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  // Chunks are named by content: drop those of an earlier build.
  const kept = new Set(Object.keys(result.metafile.outputs).map((path) => basename(path)));
  for (const name of await readdir(OUT_DIR)) if (!kept.has(name)) await rm(join(OUT_DIR, name), { force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServer();
