// Reads imported files on a thread of its own (see import/index.ts): a long Word
// file takes seconds in mammoth, which on the main thread would hold every live
// room. The thread also writes the clauses into a Yjs update, so the main thread
// only applies it. Bundled as its own entry (build.mjs).
import { parentPort } from 'node:worker_threads';
import * as Y from 'yjs';
import { previewOf, writeBlocks } from './blocks.js';
import type { ImportRequest, ImportResult } from './index.js';
import { readImport, UnreadableFile } from './read.js';

async function read({ format, bytes, charset, preview }: ImportRequest): Promise<ImportResult> {
  try {
    const blocks = await readImport(format, bytes, charset);
    if (preview) return { clauses: blocks.length, preview: previewOf(blocks) };
    const doc = new Y.Doc();
    doc.transact(() => writeBlocks(doc, blocks));
    return { clauses: blocks.length, update: Y.encodeStateAsUpdate(doc) };
  } catch (error) {
    if (error instanceof UnreadableFile) return { unreadable: { code: error.code, message: error.message } };
    // A parser that gave up on a crafted file (nesting past its stack) is still the file's fault.
    if (error instanceof RangeError) return { unreadable: { code: 'unreadable', message: 'This file could not be read.' } };
    throw error;
  }
}

parentPort!.on('message', async ({ id, args: [request] }: { id: number; args: [ImportRequest] }) => {
  try {
    const result = await read(request);
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
