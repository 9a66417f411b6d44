/**
 * The schema, as numbered migrations. Each runs once, in order, in a
 * transaction; `schema_migrations` records which have run.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE initiatives (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    place TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE invites (
    token_hash TEXT PRIMARY KEY,
    initiative_id TEXT NOT NULL REFERENCES initiatives(id),
    role TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE INDEX invites_by_role ON invites (initiative_id, role);
  CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    initiative_id TEXT NOT NULL REFERENCES initiatives(id),
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX drafts_by_initiative ON drafts (initiative_id);
  CREATE TABLE document_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX document_updates_by_document ON document_updates (document, seq);
  CREATE TABLE documents (
    name TEXT PRIMARY KEY,
    updated_at TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE needs (
    id TEXT PRIMARY KEY,
    initiative_id TEXT NOT NULL REFERENCES initiatives(id),
    statement TEXT NOT NULL,
    communities TEXT NOT NULL,
    rights_area TEXT NOT NULL,
    source TEXT NOT NULL,
    date TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX needs_by_initiative ON needs (initiative_id, created_at);
  `,
];
