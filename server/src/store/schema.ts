/**
 * The schema, as numbered migrations, one set for both databases. Each runs
 * once, in order, in a transaction; `schema_migrations` records which have run.
 * The two words the dialects spell differently are written as placeholders.
 */
export type Dialect = 'sqlite' | 'postgres';

const WORDS: Record<Dialect, Record<'SERIAL_KEY' | 'BYTES', string>> = {
  sqlite: { SERIAL_KEY: 'INTEGER PRIMARY KEY AUTOINCREMENT', BYTES: 'BLOB' },
  postgres: { SERIAL_KEY: 'BIGSERIAL PRIMARY KEY', BYTES: 'BYTEA' },
};

export function migrations(dialect: Dialect): string[] {
  return MIGRATIONS.map((sql) => sql.replace(/\{\{(SERIAL_KEY|BYTES)\}\}/g, (_, word: 'SERIAL_KEY' | 'BYTES') => WORDS[dialect][word]));
}

export const MIGRATIONS_TABLE = 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)';

const MIGRATIONS: readonly string[] = [
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
    seq {{SERIAL_KEY}},
    document TEXT NOT NULL,
    data {{BYTES}} NOT NULL
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
  `
  ALTER TABLE invites ADD COLUMN expires_at TEXT;
  `,
  `
  CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    initiative_id TEXT NOT NULL REFERENCES initiatives(id),
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    communities TEXT NOT NULL,
    language TEXT,
    token_hash TEXT NOT NULL UNIQUE,
    joined_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    removed_at TEXT
  );
  CREATE INDEX participants_by_initiative ON participants (initiative_id, joined_at);
  CREATE TABLE activity (
    seq {{SERIAL_KEY}},
    initiative_id TEXT NOT NULL REFERENCES initiatives(id),
    draft_id TEXT,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    author_id TEXT,
    author_name TEXT,
    detail TEXT NOT NULL
  );
  CREATE INDEX activity_by_draft ON activity (draft_id, seq);
  CREATE INDEX activity_by_initiative ON activity (initiative_id, seq);
  ALTER TABLE needs ADD COLUMN author_id TEXT;
  ALTER TABLE needs ADD COLUMN author_name TEXT;
  `,
  `
  CREATE TABLE contributions (
    draft_id TEXT NOT NULL,
    person TEXT NOT NULL,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    communities TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (draft_id, person, kind, ref)
  );
  ALTER TABLE needs ADD COLUMN voice TEXT NOT NULL DEFAULT 'community';
  `,
  `
  CREATE TABLE amendments (
    id TEXT PRIMARY KEY,
    initiative_id TEXT NOT NULL REFERENCES initiatives(id),
    draft_id TEXT NOT NULL REFERENCES drafts(id),
    clause_id TEXT NOT NULL,
    base_text TEXT NOT NULL,
    text TEXT NOT NULL,
    rationale TEXT,
    author_id TEXT,
    author_name TEXT,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by_id TEXT,
    decided_by_name TEXT,
    decision_note TEXT,
    override_reason TEXT
  );
  CREATE INDEX amendments_by_draft ON amendments (draft_id, created_at);
  CREATE TABLE amendment_stances (
    amendment_id TEXT NOT NULL REFERENCES amendments(id),
    participant_id TEXT NOT NULL,
    participant_name TEXT NOT NULL,
    stance TEXT NOT NULL,
    reason TEXT,
    at TEXT NOT NULL,
    PRIMARY KEY (amendment_id, participant_id)
  );
  `,
  `
  ALTER TABLE drafts ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
  `,
  `
  CREATE TABLE versions (
    id TEXT PRIMARY KEY,
    draft_id TEXT NOT NULL REFERENCES drafts(id),
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    author_id TEXT,
    author_name TEXT,
    created_at TEXT NOT NULL,
    body {{BYTES}} NOT NULL,
    notes {{BYTES}} NOT NULL,
    clauses TEXT NOT NULL,
    UNIQUE (draft_id, number)
  );
  CREATE TABLE reviewed_marks (
    draft_id TEXT NOT NULL REFERENCES drafts(id),
    participant_id TEXT NOT NULL,
    at TEXT NOT NULL,
    clauses TEXT NOT NULL,
    PRIMARY KEY (draft_id, participant_id)
  );
  `,
  `
  ALTER TABLE drafts ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
  `,
];
