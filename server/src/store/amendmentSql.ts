import type { AmendmentStance, AmendmentStatus } from '@charter/shared';
import type { SqlDriver } from './driver.js';
import { SQL as ACTIVITY_SQL, activityParams } from './sql.js';
import type { AmendmentRow, AppStore, StanceRow } from './types.js';

/** Amendments and stances: the statements both databases run, and their rows. */
const SQL = {
  insert: `INSERT INTO amendments (id, initiative_id, draft_id, clause_id, base_text, text, rationale, author_id, author_name, status, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  get: 'SELECT * FROM amendments WHERE id = ?',
  list: 'SELECT * FROM amendments WHERE draft_id = ? ORDER BY created_at, id',
  listStances: `SELECT s.* FROM amendment_stances s JOIN amendments a ON a.id = s.amendment_id
    WHERE a.draft_id = ? ORDER BY s.at, s.participant_id`,
  /** One row per person per amendment: a later stance replaces the earlier one. */
  upsertStance: `INSERT INTO amendment_stances (amendment_id, participant_id, participant_name, stance, reason, at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (amendment_id, participant_id) DO UPDATE
    SET participant_name = excluded.participant_name, stance = excluded.stance, reason = excluded.reason, at = excluded.at`,
  close: `UPDATE amendments SET status = ?, decided_at = ?, decided_by_id = ?, decided_by_name = ?, decision_note = ?, override_reason = ?
    WHERE id = ? AND status = 'open'`,
} as const;

interface AmendmentRecord {
  id: string;
  initiative_id: string;
  draft_id: string;
  clause_id: string;
  base_text: string;
  text: string;
  rationale: string | null;
  author_id: string | null;
  author_name: string | null;
  status: AmendmentStatus;
  created_at: string;
  decided_at: string | null;
  decided_by_id: string | null;
  decided_by_name: string | null;
  decision_note: string | null;
  override_reason: string | null;
}

interface StanceRecord {
  amendment_id: string;
  participant_id: string;
  participant_name: string;
  stance: AmendmentStance;
  reason: string | null;
  at: string;
}

const person = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

function toAmendment(row: AmendmentRecord): AmendmentRow {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    draftId: row.draft_id,
    clauseId: row.clause_id,
    baseText: row.base_text,
    text: row.text,
    rationale: row.rationale,
    author: person(row.author_id, row.author_name),
    status: row.status,
    createdAt: row.created_at,
    decision: row.decided_at
      ? { by: person(row.decided_by_id, row.decided_by_name), at: row.decided_at, note: row.decision_note, override: row.override_reason }
      : null,
  };
}

function toStance(row: StanceRecord): StanceRow {
  return {
    amendmentId: row.amendment_id,
    participant: { id: row.participant_id, name: row.participant_name },
    stance: row.stance,
    reason: row.reason,
    at: row.at,
  };
}

type AmendmentMethods = Pick<AppStore, 'createAmendment' | 'getAmendment' | 'listAmendments' | 'listStances' | 'saveStance' | 'closeAmendments'>;

/** The amendment methods of the app store, over the same driver as the rest. */
export function amendmentMethods(db: SqlDriver): AmendmentMethods {
  /** Read an amendment's status, locking its row on PostgreSQL until the transaction ends. */
  const lockedStatus = (sql: string) => (db.dialect === 'postgres' ? `${sql} FOR UPDATE` : sql);
  return {
    async createAmendment(a) {
      await db.run(SQL.insert, [
        a.id, a.initiativeId, a.draftId, a.clauseId, a.baseText, a.text, a.rationale, a.author?.id ?? null, a.author?.name ?? null, a.status, a.createdAt,
      ]);
    },
    async getAmendment(id) {
      const row = await db.one<AmendmentRecord>(SQL.get, [id]);
      return row ? toAmendment(row) : null;
    },
    async listAmendments(draftId) {
      return (await db.all<AmendmentRecord>(SQL.list, [draftId])).map(toAmendment);
    },
    async listStances(draftId) {
      return (await db.all<StanceRecord>(SQL.listStances, [draftId])).map(toStance);
    },
    async saveStance(s) {
      return db.transaction(async (tx) => {
        const row = await tx.one<{ status: string }>(lockedStatus('SELECT status FROM amendments WHERE id = ?'), [s.amendmentId]);
        if (row?.status !== 'open') return false;
        await tx.run(SQL.upsertStance, [s.amendmentId, s.participant.id, s.participant.name, s.stance, s.reason, s.at]);
        return true;
      });
    },
    async closeAmendments(closings, entry) {
      return db.transaction(async (tx) => {
        for (const [index, { id, status, decision }] of closings.entries()) {
          const row = await tx.one<{ status: string }>(lockedStatus('SELECT status FROM amendments WHERE id = ?'), [id]);
          if (row?.status !== 'open') {
            if (index === 0) return false;
            continue;
          }
          await tx.run(SQL.close, [status, decision.at, decision.by?.id ?? null, decision.by?.name ?? null, decision.note, decision.override, id]);
        }
        if (entry) {
          await tx.run(ACTIVITY_SQL.insertActivity, activityParams(entry));
        }
        return true;
      });
    },
  };
}
