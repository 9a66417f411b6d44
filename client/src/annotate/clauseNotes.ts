import type * as Y from 'yjs';
import { buildClauseList, buildCoverage, readAnnotations } from '@charter/shared';
import { stanceCounts } from './stances';
import type { ClauseNotes } from './useClauseNotes';

/**
 * Every clause with its notes, read from the text and the notes documents.
 * `seen` holds the last words of each clause this page has seen: what a
 * detached note shows when the server's record of deleted clauses has not
 * reached us. Emptied text is not remembered: a clause is often cleared before
 * its block is removed.
 *
 * It checks every note it reads (shared/annotations.ts), so it comes with the
 * parts around the text (aroundTheText.ts), not with the editor.
 */
export function readClauseNotes(body: Y.Doc, notes: Y.Doc, seen: Map<string, string>): ClauseNotes {
  const clauses = buildClauseList(body, notes);
  for (const clause of clauses) if (clause.text) seen.set(clause.id, clause.text);
  // Detached notes need neither the catalogue nor the register.
  const detached = buildCoverage(body, notes, [], []).detached.map((entry) => ({
    ...entry,
    lastText: entry.lastText || (seen.get(entry.clauseId) ?? ''),
  }));
  const annotations = readAnnotations(notes);
  return { clauses, annotations, detached, stances: stanceCounts(annotations) };
}
