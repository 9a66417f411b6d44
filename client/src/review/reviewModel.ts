import type * as Y from 'yjs';
import { walkClauses, type Thread } from '@charter/shared';

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

/** The clauses of the two live documents, in order, from the one walk every view reads. */
export function buildReview(body: Y.Doc, notes: Y.Doc): ReviewClause[] {
  return walkClauses(body, notes).map(({ id, n, text, block, principles, needs, threads }) => ({
    id,
    n,
    text,
    heading: block === 'heading',
    principles,
    needs,
    threads,
  }));
}
