import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
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
import type { AppStore, DocumentStore, DocumentUpdate, InitiativeRow, Store } from './types.js';

/** The embedded default: one SQLite file in DATA_DIR, in WAL mode. Every call is synchronous underneath. */
export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'charter.db'));
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before we forward the update it holds (kill -9 or power loss).
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const q = Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)])) as Record<
    keyof typeof SQL,
    Database.Statement<unknown[]>
  >;
  // One process writes this file, and each transaction runs to its end without
  // yielding, so "every row up to the last one read" is exactly the rows read.
  const dropLogUpTo = db.prepare('DELETE FROM document_updates WHERE document = ? AND seq <= ?');

  const appendAll = db.transaction((entries: readonly DocumentUpdate[], at: string) => {
    const touched = new Set<string>();
    for (const { name, update } of entries) {
      q.appendUpdate.run(name, update);
      touched.add(name);
    }
    for (const name of touched) q.touchDocument.run(name, at);
  });

  const compactLog = db.transaction((name: string) => {
    const rows = q.loadDocument.all(name) as Array<{ seq: number; data: Buffer }>;
    if (rows.length < 2) return;
    const merged = Y.mergeUpdates(rows.map((row) => row.data));
    dropLogUpTo.run(name, rows[rows.length - 1].seq);
    q.appendUpdate.run(name, merged);
  });

  const documents: DocumentStore = {
    async load(name) {
      return (q.loadDocument.all(name) as Array<{ data: Buffer }>).map((row) => new Uint8Array(row.data));
    },
    async append(entries) {
      appendAll(entries, new Date().toISOString());
    },
    async compact(name) {
      compactLog(name);
    },
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
