import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@charter/shared';
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
import { SqliteCompaction } from './compaction.js';
import type { AppStore, DocumentStore, DocumentUpdate, InitiativeRow, Store } from './types.js';

const PRAGMAS = [
  'journal_mode = WAL',
  // FULL: a commit is on disk before we forward the update it holds (kill -9 or power loss).
  'synchronous = FULL',
  'foreign_keys = ON',
  // Two connections write this file (this one, and compaction's): wait, never fail, on a lock.
  'busy_timeout = 5000',
];

/**
 * The embedded default: one SQLite file in DATA_DIR, in WAL mode, read and
 * written synchronously underneath; the document log's compaction on a thread
 * of its own.
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
  // fsync, and a thread hop per commit cost more CPU than it saved. Compaction
  // merges long logs, so it runs on a thread of its own (see compaction.ts).
  const appendAll = db.transaction((entries: readonly DocumentUpdate[], at: string) => {
    const touched = new Set<string>();
    for (const { name, update } of entries) {
      q.appendUpdate.run(name, update);
      touched.add(name);
    }
    for (const name of touched) q.touchDocument.run(name, at);
  });
  const compaction = new SqliteCompaction({
    file,
    pragmas: PRAGMAS,
    sql: {
      loadDocument: SQL.loadDocument,
      appendUpdate: SQL.appendUpdate,
      dropLogUpTo: 'DELETE FROM document_updates WHERE document = ? AND seq <= ?',
    },
  });
  const documents: DocumentStore = {
    async load(name) {
      return (q.loadDocument.all(name) as Array<{ data: Buffer }>).map((row) => new Uint8Array(row.data));
    },
    async append(entries) {
      appendAll(entries, new Date().toISOString());
    },
    compact: (name) => compaction.compact(name),
  };

  const createInitiative = db.transaction(
    (initiative: InitiativeRow, invites: ReadonlyArray<{ tokenHash: string; role: Role }>) => {
      q.insertInitiative.run(initiative.id, initiative.name, initiative.place, initiative.createdAt);
      for (const invite of invites) q.insertInvite.run(invite.tokenHash, initiative.id, invite.role, initiative.createdAt, null);
    },
  );
  const replaceInvite = db.transaction((initiativeId: string, role: Role, tokenHash: string, at: string, expiresAt: string | null) => {
    q.revokeInvites.run(at, initiativeId, role);
    q.insertInvite.run(tokenHash, initiativeId, role, at, expiresAt);
  });

  const app: AppStore = {
    async createInitiative(initiative, invites) {
      createInitiative(initiative, invites);
    },
    async getInitiative(id) {
      const row = q.getInitiative.get(id) as InitiativeRecord | undefined;
      return row ? { id: row.id, name: row.name, place: row.place, createdAt: row.created_at } : null;
    },
    async findInvite(tokenHash) {
      const row = q.findInvite.get(tokenHash, new Date().toISOString()) as InviteRecord | undefined;
      return row ? { initiativeId: row.initiative_id, role: row.role } : null;
    },
    async replaceInvite(initiativeId, role, tokenHash, at, expiresAt) {
      replaceInvite(initiativeId, role, tokenHash, at, expiresAt);
    },
    async createDraft(draft) {
      q.insertDraft.run(...draftParams(draft));
    },
    async getDraft(id) {
      const row = q.getDraft.get(id) as DraftRecord | undefined;
      return row ? toDraft(row) : null;
    },
    async listDrafts(initiativeId) {
      return (q.listDrafts.all(initiativeId) as DraftRecord[]).map(toDraft);
    },
    async updateDraft(id, patch, at) {
      q.updateDraft.run(patch.title ?? null, patch.status ?? null, at, id);
      return app.getDraft(id);
    },
    async createNeed(need) {
      q.insertNeed.run(...newNeedParams(need));
    },
    async getNeed(id) {
      const row = q.getNeed.get(id) as NeedRecord | undefined;
      return row ? toNeed(row) : null;
    },
    async listNeeds(initiativeId) {
      return (q.listNeeds.all(initiativeId) as NeedRecord[]).map(toNeed);
    },
    async saveNeed(need) {
      q.saveNeed.run(...savedNeedParams(need));
    },
  };

  return {
    documents,
    app,
    async close() {
      await compaction.close();
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
