import type * as Y from 'yjs';
import { buildClauseList, readAnnotations, readClauseTexts } from '@charter/shared';
import { threadsOf, type Thread } from '../annotate/threads';

/** One clause as an official reads it: its words, its kind of block, and everything said about it. */
export interface ReviewClause {
  id: string;
  /** Its number in the text, from 1, as the editor's gutter and the coverage page count. */
  n: number;
  text: string;
  heading: boolean;
  principles: string[];
  needs: string[];
  threads: Thread[];
}

/** What a clause's folded notes line counts: "2 principles · 1 need · 3 comments". */
export interface NoteCounts {
  principles: number;
  needs: number;
  /** Every comment, replies included. */
  comments: number;
}

export function noteCounts(clause: ReviewClause): NoteCounts {
  return {
    principles: clause.principles.length,
    needs: clause.needs.length,
    comments: clause.threads.reduce((sum, thread) => sum + 1 + thread.replies.length, 0),
  };
}

/**
 * The clauses of the two live documents, in order. The clause list and the
 * block kinds come from the same walk over the body, so they line up by index.
 */
export function buildReview(body: Y.Doc, notes: Y.Doc): ReviewClause[] {
  const blocks = readClauseTexts(body);
  const annotations = readAnnotations(notes);
  return buildClauseList(body, notes).map((clause, index) => ({
    id: clause.id,
    n: index + 1,
    text: clause.text,
    heading: blocks[index]?.block === 'heading',
    principles: clause.principles,
    needs: clause.needs,
    threads: threadsOf(annotations, clause.id),
  }));
}
