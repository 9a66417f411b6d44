// Compaction of the SQLite document log, on a thread of its own: merging a
// long log can take tens of milliseconds, which on the main thread would stall
// every room. Requests are served one at a time, in the order sent.
//
// The main thread appends to the log meanwhile. The merge runs outside any
// write transaction, on the rows read; the write that replaces them is short.
// A row that is not among those read has a higher seq (AUTOINCREMENT, and
// commits are serialised), so deleting up to the last seq read deletes exactly
// the rows merged.
//
// Plain JavaScript: a worker thread starts without the TypeScript loader.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import * as Y from 'yjs';

const { file, pragmas, sql } = workerData;
const db = new Database(file);
for (const pragma of pragmas) db.pragma(pragma);

const loadRows = db.prepare(sql.loadDocument);
const appendUpdate = db.prepare(sql.appendUpdate);
const dropLogUpTo = db.prepare(sql.dropLogUpTo);

const replaceRows = db.transaction((name, lastSeq, merged) => {
  dropLogUpTo.run(name, lastSeq);
  appendUpdate.run(name, merged);
});

const operations = {
  compact(name) {
    const rows = loadRows.all(name);
    if (rows.length < 2) return;
    replaceRows.immediate(name, rows[rows.length - 1].seq, Y.mergeUpdates(rows.map((row) => row.data)));
  },
  close: () => db.close(),
};

parentPort.on('message', ({ id, op, args }) => {
  try {
    parentPort.postMessage({ id, result: operations[op](...args) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
