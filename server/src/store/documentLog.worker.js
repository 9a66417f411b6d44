// The SQLite document log, on a thread of its own. A commit with
// `synchronous = FULL` waits for the disk; on the main thread that wait would
// stall every room's reads and sends. Here the main thread goes on working
// while the disk does. Requests are served one at a time, in the order sent,
// so a load or a compaction sees every append sent before it.
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
const touchDocument = db.prepare(sql.touchDocument);
const dropLogUpTo = db.prepare(sql.dropLogUpTo);

const appendAll = db.transaction((entries, at) => {
  const touched = new Set();
  for (const { name, update } of entries) {
    appendUpdate.run(name, update);
    touched.add(name);
  }
  for (const name of touched) touchDocument.run(name, at);
});

// This thread is the only writer of the log and each transaction runs to its
// end, so "every row up to the last one read" is exactly the rows read.
const compactLog = db.transaction((name) => {
  const rows = loadRows.all(name);
  if (rows.length < 2) return;
  const merged = Y.mergeUpdates(rows.map((row) => row.data));
  dropLogUpTo.run(name, rows[rows.length - 1].seq);
  appendUpdate.run(name, merged);
});

const operations = {
  load: (name) => loadRows.all(name).map((row) => new Uint8Array(row.data)),
  append: (entries, at) => appendAll(entries, at),
  compact: (name) => compactLog(name),
  close: () => db.close(),
};

parentPort.on('message', ({ id, op, args }) => {
  try {
    parentPort.postMessage({ id, result: operations[op](...args) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
