import pg from 'pg';
import * as Y from 'yjs';
import { MIGRATIONS_TABLE, migrations } from './schema.js';
import { createAppStore } from './appStore.js';
import type { SqlDriver, SqlRunner } from './driver.js';
import { SQL } from './sql.js';
import type { DocumentStore, Store } from './types.js';

/** `?` placeholders, numbered the way PostgreSQL wants them. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
const Q = { loadDocument: numbered(SQL.loadDocument), appendUpdate: numbered(SQL.appendUpdate) };

/**
 * A batch of updates ($1 names, $2 bytes) and the documents it touched ($3,
 * each once) changed at $4. PostgreSQL runs a data-modifying WITH to its end
 * whether or not the rest reads it, all in the statement's one transaction.
 */
const APPEND_UPDATES = `
  WITH appended AS (
    INSERT INTO document_updates (document, data) SELECT * FROM unnest($1::text[], $2::bytea[])
  )
  INSERT INTO documents (name, updated_at) SELECT unnest($3::text[]), $4::text
  ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at`;

/**
 * PostgreSQL, when DATABASE_URL is set: the same schema, statements and
 * guarantees as SQLite. Several instances may share it, so compaction deletes
 * exactly the rows it merged, under a lock per document.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its connection must not take the process down.
  pool.on('error', () => {});
  await migrate(pool);


  const documents: DocumentStore = {
    async load(name) {
      return ((await pool.query(Q.loadDocument, [name])).rows as Array<{ data: Buffer }>).map((row) => new Uint8Array(row.data));
    },
    async append(entries) {
      // One statement, so one round trip and one commit: the updates, and each
      // document's time of last change (once per document, as ON CONFLICT requires).
      await pool.query(APPEND_UPDATES, [
        entries.map((e) => e.name),
        entries.map((e) => Buffer.from(e.update)),
        [...new Set(entries.map((e) => e.name))],
        new Date().toISOString(),
      ]);
    },
    // Other instances append too, and this one's room may not have their latest
    // updates yet: the rows are merged, never replaced by a room's state.
    async compact(name) {
      await transaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`compact:${name}`]);
        const rows = (await client.query(Q.loadDocument, [name])).rows as Array<{ seq: string; data: Buffer }>;
        if (rows.length < 2) return;
        const merged = Y.mergeUpdates(rows.map((row) => row.data));
        await client.query('DELETE FROM document_updates WHERE document = $1 AND seq = ANY($2::bigint[])', [name, rows.map((r) => r.seq)]);
        await client.query(Q.appendUpdate, [name, Buffer.from(merged)]);
      });
    },
  };

  // Advisory locks are held on connections of their own, so work under a lock
  // never waits for a connection that another lock holder keeps.
  const locks = new pg.Pool({ connectionString: url, max: 4 });
  locks.on('error', () => {});
  const app = createAppStore(postgresDriver(pool, locks));

  return { documents, app, close: async () => void (await Promise.all([pool.end(), locks.end()])) };
}

async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Run the migrations not yet run; instances starting together wait for each other. */
function migrate(pool: pg.Pool): Promise<void> {
  return transaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('charter-commons:migrations'))");
    await client.query(MIGRATIONS_TABLE);
    const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r: { version: number }) => r.version));
    const all = migrations('postgres');
    for (let index = 0; index < all.length; index++) {
      if (done.has(index + 1)) continue;
      await client.query(all[index]);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [index + 1, new Date().toISOString()]);
    }
  });
}

/** Statements on a pooled client (or the pool itself), `?` numbered for PostgreSQL once each. */
function runnerOn(client: pg.Pool | pg.PoolClient, texts: Map<string, string>): SqlRunner {
  const text = (sql: string) => {
    let numberedSql = texts.get(sql);
    if (numberedSql === undefined) texts.set(sql, (numberedSql = numbered(sql)));
    return numberedSql;
  };
  return {
    async all<T>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(text(sql), [...params])).rows as T[];
    },
    async one<T>(sql: string, params: readonly unknown[] = []) {
      return ((await client.query(text(sql), [...params])).rows[0] as T | undefined) ?? null;
    },
    async run(sql: string, params: readonly unknown[] = []) {
      await client.query(text(sql), [...params]);
    },
  };
}

function postgresDriver(pool: pg.Pool, locks: pg.Pool): SqlDriver {
  const texts = new Map<string, string>();
  return {
    dialect: 'postgres',
    ...runnerOn(pool, texts),
    transaction: (work) => transaction(pool, (client) => work(runnerOn(client, texts))),
    exclusive: (key, work) => exclusive(locks, key, work),
  };
}

/**
 * A session advisory lock on a connection of its own, for work that spans
 * several transactions. Should the process die, the connection closes and
 * PostgreSQL lets the lock go.
 */
async function exclusive<T>(locks: pg.Pool, key: string, work: () => Promise<T>): Promise<T> {
  const client = await locks.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
  } catch (error) {
    client.release(error as Error);
    throw error;
  }
  try {
    return await work();
  } finally {
    try {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
      client.release();
    } catch (error) {
      // Closing the connection lets the lock go instead.
      client.release(error as Error);
    }
  }
}
