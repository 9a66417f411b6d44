import pg from 'pg';
import * as Y from 'yjs';
import { MIGRATIONS_TABLE, migrations } from './schema.js';
import {
  SQL,
  draftParams,
  newNeedParams,
  savedNeedParams,
  toDraft,
  toNeed,
  type DraftRecord,
  type InitiativeRecord,
  type InviteRecord,
  type NeedRecord,
} from './sql.js';
import type { AppStore, DocumentStore, Store } from './types.js';

/** `?` placeholders, numbered the way PostgreSQL wants them. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
const Q = Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, numbered(sql)])) as Record<keyof typeof SQL, string>;

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

  const one = async <T>(sql: string, params: unknown[]) => ((await pool.query(sql, params)).rows[0] as T | undefined) ?? null;
  const all = async <T>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as T[];

  const documents: DocumentStore = {
    async load(name) {
      return (await all<{ data: Buffer }>(Q.loadDocument, [name])).map((row) => new Uint8Array(row.data));
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

  const app: AppStore = {
    async createInitiative(initiative, invites) {
      await transaction(pool, async (client) => {
        await client.query(Q.insertInitiative, [initiative.id, initiative.name, initiative.place, initiative.createdAt]);
        for (const invite of invites) await client.query(Q.insertInvite, [invite.tokenHash, initiative.id, invite.role, initiative.createdAt, null]);
      });
    },
    async getInitiative(id) {
      const row = await one<InitiativeRecord>(Q.getInitiative, [id]);
      return row ? { id: row.id, name: row.name, place: row.place, createdAt: row.created_at } : null;
    },
    async findInvite(tokenHash) {
      const row = await one<InviteRecord>(Q.findInvite, [tokenHash, new Date().toISOString()]);
      return row ? { initiativeId: row.initiative_id, role: row.role } : null;
    },
    async replaceInvite(initiativeId, role, tokenHash, at, expiresAt) {
      await transaction(pool, async (client) => {
        // One replacement at a time per initiative: without the lock, two made at
        // once each revoke only the rows they see, and both new invites stay live.
        // (SQLite runs its transactions one at a time already.)
        await client.query('SELECT id FROM initiatives WHERE id = $1 FOR UPDATE', [initiativeId]);
        await client.query(Q.revokeInvites, [at, initiativeId, role]);
        await client.query(Q.insertInvite, [tokenHash, initiativeId, role, at, expiresAt]);
      });
    },
    async createDraft(draft) {
      await pool.query(Q.insertDraft, draftParams(draft));
    },
    async getDraft(id) {
      const row = await one<DraftRecord>(Q.getDraft, [id]);
      return row ? toDraft(row) : null;
    },
    async listDrafts(initiativeId) {
      return (await all<DraftRecord>(Q.listDrafts, [initiativeId])).map(toDraft);
    },
    async updateDraft(id, patch, at) {
      await pool.query(Q.updateDraft, [patch.title ?? null, patch.status ?? null, at, id]);
      return app.getDraft(id);
    },
    async createNeed(need) {
      await pool.query(Q.insertNeed, newNeedParams(need));
    },
    async getNeed(id) {
      const row = await one<NeedRecord>(Q.getNeed, [id]);
      return row ? toNeed(row) : null;
    },
    async listNeeds(initiativeId) {
      return (await all<NeedRecord>(Q.listNeeds, [initiativeId])).map(toNeed);
    },
    async saveNeed(need) {
      await pool.query(Q.saveNeed, savedNeedParams(need));
    },
  };

  return { documents, app, close: () => pool.end() };
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
