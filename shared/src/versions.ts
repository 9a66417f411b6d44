import { diffWords } from 'diff';
import type { Author } from './annotations.js';

/**
 * Versions of a draft and what changed between two texts (CONTRACT.md,
 * "Versions and what changed"). The diff is a pure function of two clause
 * lists, so the server and the browser compute the same thing.
 */
export const VERSION_KINDS = ['named', 'review', 'adopted', 'restore', 'amendment'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];
export const MAX_VERSION_NAME = 120;

/** One saved version: `GET /api/drafts/:id/versions`. */
export interface VersionSummary {
  id: string;
  /** 1, 2, 3… in the order the draft's versions were saved. */
  number: number;
  name: string;
  kind: VersionKind;
  createdAt: string;
  author: Author | null;
}

/** What the diff reads of a clause: its id, its text and the ids of the principles and needs it serves. */
export interface DiffClause {
  id: string;
  text: string;
  principles: string[];
  needs: string[];
}

export type ClauseStatus = 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';

export interface TextChange {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface ClauseDiff {
  clauseId: string;
  status: ClauseStatus;
  before: string | null;
  after: string | null;
  /** Word by word, for a `changed` clause; empty otherwise. */
  changes: TextChange[];
  /** Principle and need ids the clause gained and lost. */
  links: { added: string[]; removed: string[] };
}

/** `GET /api/drafts/:id/diff`. */
export interface DraftDiff {
  from: string;
  to: string;
  clauses: ClauseDiff[];
}

/**
 * Compare two clause lists by clause id: one entry per clause of either side,
 * in the order of `after`, each removed clause after the last clause that
 * stood before it in `before` and is still there (and after the clauses added
 * right behind that one, such as the rest of a split). A clause whose text is the
 * same but which left the longest common order of the two lists is `moved`.
 */
export function diffClauses(before: readonly DiffClause[], after: readonly DiffClause[]): ClauseDiff[] {
  const beforeById = new Map(before.map((clause) => [clause.id, clause]));
  const afterIds = new Set(after.map((clause) => clause.id));
  const inPlace = longestCommonOrder(
    before.filter((clause) => afterIds.has(clause.id)).map((clause) => clause.id),
    after.filter((clause) => beforeById.has(clause.id)).map((clause) => clause.id),
  );

  // Removed clauses, grouped under the clause they followed (null: the start).
  const removedAfter = new Map<string | null, DiffClause[]>();
  let anchor: string | null = null;
  for (const clause of before) {
    if (afterIds.has(clause.id)) anchor = clause.id;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), clause]);
  }
  const removedEntries = (key: string | null) => (removedAfter.get(key) ?? []).map((clause) => entry(clause, null, 'removed'));

  const result: ClauseDiff[] = removedEntries(null);
  // Clauses added right after a clause (the rest of a split, say) stay with it, ahead of what was removed after it.
  let pending: ClauseDiff[] = [];
  for (const clause of after) {
    const old = beforeById.get(clause.id);
    if (!old) {
      result.push(entry(null, clause, 'added'));
      continue;
    }
    result.push(...pending);
    if (old.text !== clause.text) result.push(entry(old, clause, 'changed'));
    else result.push(entry(old, clause, inPlace.has(clause.id) ? 'unchanged' : 'moved'));
    pending = removedEntries(clause.id);
  }
  result.push(...pending);
  return result;
}

function entry(before: DiffClause | null, after: DiffClause | null, status: ClauseStatus): ClauseDiff {
  const had = links(before);
  const has = links(after);
  return {
    clauseId: (after ?? before)!.id,
    status,
    before: before?.text ?? null,
    after: after?.text ?? null,
    changes: status === 'changed' ? wordChanges(before!.text, after!.text) : [],
    links: { added: has.filter((id) => !had.includes(id)), removed: had.filter((id) => !has.includes(id)) },
  };
}

function links(clause: DiffClause | null): string[] {
  return clause ? [...clause.principles, ...clause.needs] : [];
}

/**
 * The word-by-word changes from one text to another. The words both share at
 * the start and at the end are left out of the word diff (cut at a space, so no
 * word is split): an edit touches a few words of a long clause, and this makes
 * 200 changed clauses of 2,000 several times quicker to compare.
 */
export function wordChanges(before: string, after: string): TextChange[] {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before[start] === after[start]) start++;
  if (start === before.length && start === after.length) return before ? [{ op: 'equal', text: before }] : [];
  while (start > 0 && !/\s/.test(before[start - 1])) start--;
  let end = 0;
  while (end < shortest - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  while (end > 0 && !/\s/.test(before[before.length - end])) end--;

  const middle = diffWords(before.slice(start, before.length - end), after.slice(start, after.length - end)).map(
    (change): TextChange => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value }),
  );
  const changes: TextChange[] = [];
  for (const change of [{ op: 'equal', text: before.slice(0, start) }, ...middle, { op: 'equal', text: before.slice(before.length - end) }] as TextChange[]) {
    if (change.text === '') continue;
    const last = changes[changes.length - 1];
    if (last && last.op === change.op) last.text += change.text;
    else changes.push({ ...change });
  }
  return changes;
}

/**
 * The ids of the longest subsequence two orderings of the same ids share. The
 * ids are unique, so this is the longest increasing run of positions: n log n.
 */
function longestCommonOrder(first: readonly string[], second: readonly string[]): Set<string> {
  const position = new Map(first.map((id, index) => [id, index]));
  const ranks = second.map((id) => position.get(id)!);
  // tails[k]: index in `second` of the smallest last rank of a run of length k+1.
  const tails: number[] = [];
  const previous = new Array<number>(ranks.length).fill(-1);
  for (let i = 0; i < ranks.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ranks[tails[middle]] < ranks[i]) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1];
    tails[low] = i;
  }
  const kept = new Set<string>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i !== -1; i = previous[i]) kept.add(second[i]);
  return kept;
}
