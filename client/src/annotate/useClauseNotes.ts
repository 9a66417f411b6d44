import { useMemo, useRef } from 'react';
import type * as Y from 'yjs';
import type { Annotation, Clause, Coverage } from '@charter/shared';
import { useDocsVersion } from '../collab/useDocsVersion';
import type { readClauseNotes } from './clauseNotes';
import type { StanceCounts } from './stances';

export interface ClauseNotes {
  /** Every clause of the text in order, with its principles, needs and comment count. */
  clauses: Clause[];
  annotations: Annotation[];
  /** Notes whose clause is no longer in the text. */
  detached: Coverage['detached'];
  /** How many comments take each stance, clause by clause. */
  stances: ReadonlyMap<string, StanceCounts>;
}

const NONE: ClauseNotes = { clauses: [], annotations: [], detached: [], stances: new Map() };

/**
 * The notes of every clause, read again after each change to the text or the
 * notes, by `read` (clauseNotes.ts) once it has arrived; none until then.
 */
export function useClauseNotes(body: Y.Doc, notes: Y.Doc, read: typeof readClauseNotes | null): ClauseNotes {
  const version = useDocsVersion(body, notes);
  const seen = useRef(new Map<string, string>());
  // `version` stands for the documents' contents.
  return useMemo(() => (read ? read(body, notes, seen.current) : NONE), [body, notes, read, version]);
}
