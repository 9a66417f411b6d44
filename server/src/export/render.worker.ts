// Renders DOCX and PDF exports on a thread of its own (see export/index.ts):
// a long draft takes tens to hundreds of milliseconds, which on the main thread
// would hold every live room. Bundled as its own entry (build.mjs).
import { parentPort } from 'node:worker_threads';
import { renderDocx } from './docx.js';
import type { ExportModel } from './model.js';
import { renderPdf } from './pdf.js';

const renderers = { docx: renderDocx, pdf: renderPdf };

parentPort!.on('message', async ({ id, args: [format, model] }: { id: number; args: ['docx' | 'pdf', ExportModel] }) => {
  try {
    const bytes = await renderers[format](model);
    // A view of its own, so the buffer moves to the main thread instead of being copied.
    const result = new Uint8Array(bytes);
    parentPort!.postMessage({ id, result }, [result.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
