import { useMemo, useRef } from 'react';
import type * as Y from 'yjs';
import { buildClauseList, buildCoverage, readAnnotations, type Annotation, type Clause, type Coverage } from '@charter/shared';
import { useDocsVersion } from '../collab/useDocsVersion';

export interface ClauseNotes {
  /** Every clause of the text in order, with its principles, needs and comment count. */
  clauses: Clause[];
  annotations: Annotation[];
  /** Notes whose clause is no longer in the text. */
  detached: Coverage['detached'];
}

/** The notes of every clause, read again after each change to the text or the notes. */
export function useClauseNotes(body: Y.Doc, notes: Y.Doc): ClauseNotes {
  const version = useDocsVersion(body, notes);
  // The last words of each clause this page has seen: what a detached note shows
  // when the server's record of deleted clauses has not reached us. Emptied text
  // is not remembered: a clause is often cleared before its block is removed.
  const seen = useRef(new Map<string, string>());

  return useMemo(() => {
    const clauses = buildClauseList(body, notes);
    for (const clause of clauses) if (clause.text) seen.current.set(clause.id, clause.text);
    // Detached notes need neither the catalogue nor the register.
    const detached = buildCoverage(body, notes, [], []).detached.map((entry) => ({
      ...entry,
      lastText: entry.lastText || (seen.current.get(entry.clauseId) ?? ''),
    }));
    return { clauses, annotations: readAnnotations(notes), detached };
    // `version` stands for the documents' contents.
  }, [body, notes, version]);
}
