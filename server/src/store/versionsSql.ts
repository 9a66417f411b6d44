import type { Clause, VersionKind, VersionSummary } from '@charter/shared';
import type { ReviewedMark, VersionRow } from './types.js';

/** The statements of versions and "reviewed" marks, for both databases (`?` placeholders). */
export const VERSION_SQL = {
  nextNumber: 'SELECT COALESCE(MAX(number), 0) + 1 AS next FROM versions WHERE draft_id = ?',
  insertVersion: `INSERT INTO versions (id, draft_id, number, name, kind, author_id, author_name, created_at, body, notes, clauses)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  listVersions: `SELECT id, draft_id, number, name, kind, author_id, author_name, created_at FROM versions
    WHERE draft_id = ? ORDER BY number DESC`,
  getVersion: 'SELECT * FROM versions WHERE id = ?',
  saveMark: `INSERT INTO reviewed_marks (draft_id, participant_id, at, clauses) VALUES (?, ?, ?, ?)
    ON CONFLICT (draft_id, participant_id) DO UPDATE SET at = excluded.at, clauses = excluded.clauses`,
  getMark: 'SELECT at, clauses FROM reviewed_marks WHERE draft_id = ? AND participant_id = ?',
} as const;

export interface VersionSummaryRecord {
  id: string;
  draft_id: string;
  number: number | string;
  name: string;
  kind: VersionKind;
  author_id: string | null;
  author_name: string | null;
  created_at: string;
}

export interface VersionRecord extends VersionSummaryRecord {
  body: Uint8Array;
  notes: Uint8Array;
  clauses: string;
}

export function toVersionSummary(row: VersionSummaryRecord): VersionSummary {
  return {
    id: row.id,
    // PostgreSQL may hand integers back as text.
    number: Number(row.number),
    name: row.name,
    kind: row.kind,
    createdAt: row.created_at,
    author: row.author_id && row.author_name ? { id: row.author_id, name: row.author_name } : null,
  };
}

export function toVersion(row: VersionRecord): VersionRow {
  return {
    ...toVersionSummary(row),
    draftId: row.draft_id,
    body: new Uint8Array(row.body),
    notes: new Uint8Array(row.notes),
    clauses: JSON.parse(row.clauses) as Clause[],
  };
}

export function versionParams(version: VersionRow): unknown[] {
  return [
    version.id, version.draftId, version.number, version.name, version.kind, version.author?.id ?? null, version.author?.name ?? null,
    version.createdAt, Buffer.from(version.body), Buffer.from(version.notes), JSON.stringify(version.clauses),
  ];
}

export function toMark(row: { at: string; clauses: string }): ReviewedMark {
  return { at: row.at, clauses: JSON.parse(row.clauses) as Clause[] };
}
