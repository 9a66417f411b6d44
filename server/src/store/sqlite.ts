import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_TABLE, migrations } from './schema.js';
import { createAppStore } from './appStore.js';
import type { SqlDriver, SqlRunner } from './driver.js';
import { SQL } from './sql.js';
import type { DocumentStore, DocumentUpdate, Store } from './types.js';

const PRAGMAS = [
  'journal_mode = WAL',
  // FULL: a commit is on disk before we forward the update it holds (kill -9 or power loss).
  'synchronous = FULL',
  'foreign_keys = ON',
  // An operator's command may open the file while the server runs: wait, never fail, on a lock.
  'busy_timeout = 5000',
];

/**
 * The embedded default: one SQLite file in DATA_DIR, in WAL mode, read and
 * written synchronously underneath, by this process alone.
 */
export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'charter.db');
  const db = new Database(file);
  for (const pragma of PRAGMAS) db.pragma(pragma);
  migrate(db);

  const q = Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)])) as Record<
    keyof typeof SQL,
    Database.Statement<unknown[]>
  >;
  // Appends commit here, on the main thread: a commit is a few pages and one
  // fsync, and a thread hop per commit cost more CPU than it saved.
  const appendAll = db.transaction((entries: readonly DocumentUpdate[], at: string) => {
    const touched = new Set<string>();
    for (const { name, update } of entries) {
      q.appendUpdate.run(name, update);
      touched.add(name);
    }
    for (const name of touched) q.touchDocument.run(name, at);
  });
  const logEnd = db.prepare('SELECT COUNT(*) AS count, MAX(seq) AS last FROM document_updates WHERE document = ?');
  const dropLogUpTo = db.prepare('DELETE FROM document_updates WHERE document = ? AND seq <= ?');
  // Compaction is one short transaction. Only this process writes the file, and
  // a room applies each update before it appends it, so the room's document
  // holds every row: its state replaces them, with no merge of the rows (which
  // took a thread of its own, and that thread's memory). Without a room (an
  // operator's command) the rows are merged here.
  const replaceLog = db.transaction((name: string, state?: () => Uint8Array) => {
    const { count, last } = logEnd.get(name) as { count: number; last: number | null };
    if (count < 2 || last === null) return;
    const merged = state ? state() : Y.mergeUpdates((q.loadDocument.all(name) as Array<{ data: Buffer }>).map((row) => row.data));
    dropLogUpTo.run(name, last);
    q.appendUpdate.run(name, merged);
  });
  const documents: DocumentStore = {
    async load(name) {
      return (q.loadDocument.all(name) as Array<{ data: Buffer }>).map((row) => new Uint8Array(row.data));
    },
    async append(entries) {
      appendAll(entries, new Date().toISOString());
    },
    async compact(name, state) {
      replaceLog.immediate(name, state);
    },
  };

  const app = createAppStore(sqliteDriver(db));

  return {
    documents,
    app,
    async close() {
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec(MIGRATIONS_TABLE);
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
  migrations('sqlite').forEach((sql, index) => {
    const version = index + 1;
    if (done.has(version)) return;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version, new Date().toISOString());
    })();
  });
}

/**
 * better-sqlite3 answers at once, so a transaction whose work awaits only its
 * runner's calls runs start to end in one turn of the event loop: no other
 * write (a room's commit included) can land inside it. Transactions still
 * queue behind each other, should one ever await something else.
 */
function sqliteDriver(db: Database.Database): SqlDriver {
  const statements = new Map<string, Database.Statement<unknown[]>>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const runner: SqlRunner = {
    async all<T>(sql: string, params: readonly unknown[] = []) {
      return prepare(sql).all(...params) as T[];
    },
    async one<T>(sql: string, params: readonly unknown[] = []) {
      return (prepare(sql).get(...params) as T | undefined) ?? null;
    },
    async run(sql: string, params: readonly unknown[] = []) {
      prepare(sql).run(...params);
    },
  };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    dialect: 'sqlite',
    ...runner,
    transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
      const result = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const value = await work(runner);
          db.exec('COMMIT');
          return value;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
      queue = result.catch(() => {});
      return result;
    },
    // One process owns a SQLite file: nothing else to keep out.
    exclusive: (_key, work) => work(),
  };
}
