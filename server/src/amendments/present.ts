import { noStances, type Amendment } from '@charter/shared';
import type { AmendmentRow, StanceRow } from '../store/types.js';

/**
 * An amendment as the API and the `.decisions` document show it: the stances
 * counted, the reasons given (without names: the tally is the group's), and the decision.
 */
export function presentAmendment(row: AmendmentRow, stances: readonly StanceRow[]): Amendment {
  const own = stances.filter((s) => s.amendmentId === row.id);
  const counts = noStances();
  for (const s of own) counts[s.stance]++;
  const { id, clauseId, baseText, text, rationale, author, status, createdAt, decision } = row;
  return {
    id,
    clauseId,
    baseText,
    text,
    rationale,
    author,
    status,
    stances: counts,
    reasons: own.flatMap((s) => (s.reason ? [{ stance: s.stance, reason: s.reason }] : [])),
    createdAt,
    decision,
  };
}

/** A draft's amendments, oldest first, each with its own stances. */
export function presentAmendments(rows: readonly AmendmentRow[], stances: readonly StanceRow[]): Amendment[] {
  return rows.map((row) => presentAmendment(row, stances));
}
