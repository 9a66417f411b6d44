import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { DraftKind, DraftStatus, Role } from '@charter/shared';
import { MIGRATIONS } from './schema.js';
import type { AppStore, DocumentStore, DocumentUpdate, DraftRow, InitiativeRow, NeedRow, Store } from './types.js';

interface DraftRecord {
  id: string;
  initiative_id: string;
  title: string;
  kind: DraftKind;
  status: DraftStatus;
  updated_at: string;
  document_updated_at: string | null;
}

interface NeedRecord {
  id: string;
  initiative_id: string;
  statement: string;
  communities: string;
  rights_area: NeedRow['rightsArea'];
  source: string;
  date: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

function toNeed(row: NeedRecord): NeedRow {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    statement: row.statement,
    communities: JSON.parse(row.communities) as string[],
    rightsArea: row.rights_area,
    source: row.source,
    date: row.date,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A draft's last change is its own edit or its text's, whichever is later. */
const DRAFT_COLUMNS = `d.id, d.initiative_id, d.title, d.kind, d.status, d.updated_at,
  (SELECT updated_at FROM documents WHERE name = d.id) AS document_updated_at`;

function toDraft(row: DraftRecord): DraftRow {
  const updatedAt =
    row.document_updated_at && row.document_updated_at > row.updated_at ? row.document_updated_at : row.updated_at;
  return { id: row.id, initiativeId: row.initiative_id, title: row.title, kind: row.kind, status: row.status, updatedAt };
}

/** The embedded default: one SQLite file in DATA_DIR, in WAL mode. */
export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'charter.db'));
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before we forward the update it holds (kill -9 or power loss).
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const statements = {
    loadDocument: db.prepare<[string], { data: Buffer }>('SELECT data FROM document_updates WHERE document = ? ORDER BY seq'),
    appendUpdate: db.prepare('INSERT INTO document_updates (document, data) VALUES (?, ?)'),
    touchDocument: db.prepare(
      'INSERT INTO documents (name, updated_at) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at',
    ),
    documentLog: db.prepare<[string], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM document_updates WHERE document = ? ORDER BY seq',
    ),
    dropLogUpTo: db.prepare('DELETE FROM document_updates WHERE document = ? AND seq <= ?'),
    insertInitiative: db.prepare('INSERT INTO initiatives (id, name, place, created_at) VALUES (?, ?, ?, ?)'),
    insertInvite: db.prepare('INSERT INTO invites (token_hash, initiative_id, role, created_at) VALUES (?, ?, ?, ?)'),
    revokeInvites: db.prepare(
      'UPDATE invites SET revoked_at = ? WHERE initiative_id = ? AND role = ? AND revoked_at IS NULL',
    ),
    getInitiative: db.prepare<[string], { id: string; name: string; place: string; created_at: string }>(
      'SELECT id, name, place, created_at FROM initiatives WHERE id = ?',
    ),
    findInvite: db.prepare<[string], { initiative_id: string; role: Role }>(
      'SELECT initiative_id, role FROM invites WHERE token_hash = ? AND revoked_at IS NULL',
    ),
    insertDraft: db.prepare(
      'INSERT INTO drafts (id, initiative_id, title, kind, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    getDraft: db.prepare<[string], DraftRecord>(`SELECT ${DRAFT_COLUMNS} FROM drafts d WHERE d.id = ?`),
    listDrafts: db.prepare<[string], DraftRecord>(
      `SELECT ${DRAFT_COLUMNS} FROM drafts d WHERE d.initiative_id = ? ORDER BY d.created_at, d.id`,
    ),
    insertNeed: db.prepare(
      `INSERT INTO needs (id, initiative_id, statement, communities, rights_area, source, date, archived, created_at, updated_at)
       VALUES (@id, @initiativeId, @statement, @communities, @rightsArea, @source, @date, @archived, @createdAt, @updatedAt)`,
    ),
    saveNeed: db.prepare(
      `UPDATE needs SET statement = @statement, communities = @communities, rights_area = @rightsArea, source = @source,
       date = @date, archived = @archived, updated_at = @updatedAt WHERE id = @id`,
    ),
    getNeed: db.prepare<[string], NeedRecord>('SELECT * FROM needs WHERE id = ?'),
    listNeeds: db.prepare<[string], NeedRecord>('SELECT * FROM needs WHERE initiative_id = ? ORDER BY created_at, id'),
    updateDraft: db.prepare(
      'UPDATE drafts SET title = COALESCE(?, title), status = COALESCE(?, status), updated_at = ? WHERE id = ?',
    ),
  };

  const appendAll = db.transaction((entries: readonly DocumentUpdate[], at: string) => {
    const touched = new Set<string>();
    for (const { name, update } of entries) {
      statements.appendUpdate.run(name, update);
      touched.add(name);
    }
    for (const name of touched) statements.touchDocument.run(name, at);
  });

  const compactLog = db.transaction((name: string) => {
    const rows = statements.documentLog.all(name);
    if (rows.length < 2) return;
    const merged = Y.mergeUpdates(rows.map((row) => row.data));
    statements.dropLogUpTo.run(name, rows[rows.length - 1].seq);
    statements.appendUpdate.run(name, merged);
  });

  const documents: DocumentStore = {
    async load(name) {
      return statements.loadDocument.all(name).map((row) => new Uint8Array(row.data));
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
      statements.insertInitiative.run(initiative.id, initiative.name, initiative.place, initiative.createdAt);
      for (const invite of invites) {
        statements.insertInvite.run(invite.tokenHash, initiative.id, invite.role, initiative.createdAt);
      }
    },
  );
  const replaceInvite = db.transaction((initiativeId: string, role: Role, tokenHash: string, at: string) => {
    statements.revokeInvites.run(at, initiativeId, role);
    statements.insertInvite.run(tokenHash, initiativeId, role, at);
  });

  const app: AppStore = {
    async createInitiative(initiative, invites) {
      createInitiative(initiative, invites);
    },
    async getInitiative(id) {
      const row = statements.getInitiative.get(id);
      return row ? { id: row.id, name: row.name, place: row.place, createdAt: row.created_at } : null;
    },
    async findInvite(tokenHash) {
      const row = statements.findInvite.get(tokenHash);
      return row ? { initiativeId: row.initiative_id, role: row.role } : null;
    },
    async replaceInvite(initiativeId, role, tokenHash, at) {
      replaceInvite(initiativeId, role, tokenHash, at);
    },
    async createDraft(draft) {
      statements.insertDraft.run(draft.id, draft.initiativeId, draft.title, draft.kind, draft.status, draft.updatedAt, draft.updatedAt);
    },
    async getDraft(id) {
      const row = statements.getDraft.get(id);
      return row ? toDraft(row) : null;
    },
    async listDrafts(initiativeId) {
      return statements.listDrafts.all(initiativeId).map(toDraft);
    },
    async createNeed(need) {
      statements.insertNeed.run(needParams(need));
    },
    async getNeed(id) {
      const row = statements.getNeed.get(id);
      return row ? toNeed(row) : null;
    },
    async listNeeds(initiativeId) {
      return statements.listNeeds.all(initiativeId).map(toNeed);
    },
    async saveNeed(need) {
      statements.saveNeed.run(needParams(need));
    },
    async updateDraft(id, patch, at) {
      statements.updateDraft.run(patch.title ?? null, patch.status ?? null, at, id);
      const row = statements.getDraft.get(id);
      return row ? toDraft(row) : null;
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

function needParams(need: NeedRow) {
  return { ...need, communities: JSON.stringify(need.communities), archived: need.archived ? 1 : 0 };
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set(db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((r) => r.version));
  MIGRATIONS.forEach((sql, index) => {
    const version = index + 1;
    if (done.has(version)) return;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version, new Date().toISOString());
    })();
  });
}
