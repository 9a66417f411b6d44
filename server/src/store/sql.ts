import { isLanguage, type ActivityEntry, type ActivityKind, type DraftKind, type DraftStatus, type Role } from '@charter/shared';
import type { ActivityRow, DraftRow, NeedRow, ParticipantRow } from './types.js';

/**
 * The statements both databases run, written once with `?` placeholders
 * (PostgreSQL's driver numbers them), and the mapping of their rows.
 */

/** A draft's last change is its own edit or its text's, whichever is later. */
const DRAFT_COLUMNS = `d.id, d.initiative_id, d.title, d.kind, d.status, d.language, d.archived, d.updated_at,
  (SELECT updated_at FROM documents WHERE name = d.id) AS document_updated_at`;

export const SQL = {
  loadDocument: 'SELECT seq, data FROM document_updates WHERE document = ? ORDER BY seq',
  appendUpdate: 'INSERT INTO document_updates (document, data) VALUES (?, ?)',
  touchDocument:
    'INSERT INTO documents (name, updated_at) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at',
  insertInitiative: 'INSERT INTO initiatives (id, name, place, created_at) VALUES (?, ?, ?, ?)',
  insertInvite: 'INSERT INTO invites (token_hash, initiative_id, role, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  revokeInvites: 'UPDATE invites SET revoked_at = ? WHERE initiative_id = ? AND role = ? AND revoked_at IS NULL',
  getInitiative: 'SELECT id, name, place, created_at FROM initiatives WHERE id = ?',
  /** A live invite: not replaced, and not past its expiry (ISO times compare as text). */
  findInvite: 'SELECT initiative_id, role, expires_at FROM invites WHERE token_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)',
  insertDraft: 'INSERT INTO drafts (id, initiative_id, title, kind, status, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  getDraft: `SELECT ${DRAFT_COLUMNS} FROM drafts d WHERE d.id = ?`,
  listDrafts: `SELECT ${DRAFT_COLUMNS} FROM drafts d WHERE d.initiative_id = ? ORDER BY d.created_at, d.id`,
  updateDraft: 'UPDATE drafts SET title = COALESCE(?, title), status = COALESCE(?, status), archived = COALESCE(?, archived), updated_at = ? WHERE id = ?',
  listInitiatives: 'SELECT id, name, place, created_at FROM initiatives ORDER BY created_at, id',
  insertNeed: `INSERT INTO needs (id, initiative_id, statement, communities, rights_area, source, date, archived, created_at, updated_at, author_id, author_name, voice)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  saveNeed: `UPDATE needs SET statement = ?, communities = ?, rights_area = ?, source = ?, date = ?, archived = ?, updated_at = ?, voice = ?
    WHERE id = ?`,
  getNeed: 'SELECT * FROM needs WHERE id = ?',
  listNeeds: 'SELECT * FROM needs WHERE initiative_id = ? ORDER BY created_at, id',
  insertParticipant: `INSERT INTO participants (id, initiative_id, role, name, communities, language, token_hash, joined_at, last_seen_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  /** A person whose token is live: not removed. */
  findParticipantByToken: 'SELECT * FROM participants WHERE token_hash = ? AND removed_at IS NULL',
  getParticipant: 'SELECT * FROM participants WHERE id = ?',
  listParticipants: 'SELECT * FROM participants WHERE initiative_id = ? AND removed_at IS NULL ORDER BY joined_at, id',
  saveParticipant: 'UPDATE participants SET name = ?, communities = ?, language = ? WHERE id = ?',
  /** Seen again: written at most once a minute per person (ISO times compare as text). */
  touchParticipant: 'UPDATE participants SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?',
  removeParticipant: 'UPDATE participants SET removed_at = ? WHERE id = ? AND removed_at IS NULL',
  insertActivity: 'INSERT INTO activity (initiative_id, draft_id, at, kind, author_id, author_name, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
  /** A draft's own entries and its initiative's (people removed), newest first. */
  listActivity: `SELECT at, kind, author_id, author_name, detail FROM activity
    WHERE draft_id = ? OR (draft_id IS NULL AND initiative_id = ?) ORDER BY seq DESC LIMIT 500`,
  /** Once per person, kind and clause (or record): a second edit of the same clause counts once. */
  insertContribution: `INSERT INTO contributions (draft_id, person, kind, ref, communities, at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (draft_id, person, kind, ref) DO NOTHING`,
  listContributions: 'SELECT person, kind, ref, communities, at FROM contributions WHERE draft_id = ? ORDER BY at',
  /** Everyone who ever joined, removed people included: their work still counts. */
  listEveryParticipant: 'SELECT * FROM participants WHERE initiative_id = ? ORDER BY joined_at, id',
} as const;

export interface ContributionRecord {
  person: string;
  kind: string;
  ref: string;
  communities: string;
  at: string;
}

export interface ParticipantRecord {
  id: string;
  initiative_id: string;
  role: Role;
  name: string;
  communities: string;
  language: string | null;
  token_hash: string;
  joined_at: string;
  last_seen_at: string;
  removed_at: string | null;
}

export function toParticipant(row: ParticipantRecord): ParticipantRow {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    role: row.role,
    name: row.name,
    communities: JSON.parse(row.communities) as string[],
    ...(row.language && isLanguage(row.language) ? { language: row.language } : {}),
    joinedAt: row.joined_at,
    lastSeenAt: row.last_seen_at,
  };
}

export interface ActivityRecord {
  at: string;
  kind: ActivityKind;
  author_id: string | null;
  author_name: string | null;
  detail: string;
}

export function toActivity(row: ActivityRecord): ActivityEntry {
  return {
    at: row.at,
    kind: row.kind,
    author: row.author_id && row.author_name ? { id: row.author_id, name: row.author_name } : null,
    detail: row.detail,
  };
}

export interface InitiativeRecord {
  id: string;
  name: string;
  place: string;
  created_at: string;
}

export interface InviteRecord {
  initiative_id: string;
  role: Role;
  expires_at: string | null;
}

export interface DraftRecord {
  id: string;
  initiative_id: string;
  title: string;
  kind: DraftKind;
  status: DraftStatus;
  language: string;
  archived: number;
  updated_at: string;
  document_updated_at: string | null;
}

export interface NeedRecord {
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
  author_id: string | null;
  author_name: string | null;
  voice: NeedRow['voice'];
}

export function toDraft(row: DraftRecord): DraftRow {
  const updatedAt =
    row.document_updated_at && row.document_updated_at > row.updated_at ? row.document_updated_at : row.updated_at;
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    language: isLanguage(row.language) ? row.language : 'en',
    archived: Number(row.archived) === 1,
    updatedAt,
  };
}

export function toNeed(row: NeedRecord): NeedRow {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    statement: row.statement,
    communities: JSON.parse(row.communities) as string[],
    rightsArea: row.rights_area,
    source: row.source,
    date: row.date,
    archived: Number(row.archived) === 1,
    author: row.author_id && row.author_name ? { id: row.author_id, name: row.author_name } : null,
    voice: row.voice,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function draftParams(draft: Omit<DraftRow, 'archived'>): unknown[] {
  return [draft.id, draft.initiativeId, draft.title, draft.kind, draft.status, draft.language, draft.updatedAt, draft.updatedAt];
}

export function newNeedParams(need: NeedRow): unknown[] {
  return [need.id, need.initiativeId, need.statement, JSON.stringify(need.communities), need.rightsArea, need.source, need.date, need.archived ? 1 : 0, need.createdAt, need.updatedAt, need.author?.id ?? null, need.author?.name ?? null, need.voice];
}

export function savedNeedParams(need: NeedRow): unknown[] {
  return [need.statement, JSON.stringify(need.communities), need.rightsArea, need.source, need.date, need.archived ? 1 : 0, need.updatedAt, need.voice, need.id];
}

export function activityParams(e: ActivityRow): unknown[] {
  return [e.initiativeId, e.draftId, e.at, e.kind, e.author?.id ?? null, e.author?.name ?? null, e.detail];
}
