import { COMMENT_STANCES, type Annotation, type CommentStance } from '@charter/shared';

/**
 * A mark beside each stance's name, so the stance is told by a word and a
 * shape, never by colour alone.
 */
export const STANCE_ICONS: Record<CommentStance, string> = {
  for: '✓',
  against: '✗',
  concern: '⚠',
  question: '?',
};

export type StanceCounts = Partial<Record<CommentStance, number>>;

/** How many comments take each stance, clause by clause. */
export function stanceCounts(annotations: Annotation[]): Map<string, StanceCounts> {
  const counts = new Map<string, StanceCounts>();
  for (const annotation of annotations) {
    if (annotation.type !== 'comment' || !annotation.stance) continue;
    const clause = counts.get(annotation.clauseId) ?? {};
    clause[annotation.stance] = (clause[annotation.stance] ?? 0) + 1;
    counts.set(annotation.clauseId, clause);
  }
  return counts;
}

/** The stances a clause has, in the usual order, each with its count. */
export function stanceList(counts: StanceCounts | undefined): Array<{ stance: CommentStance; n: number }> {
  return COMMENT_STANCES.flatMap((stance) => (counts?.[stance] ? [{ stance, n: counts[stance] }] : []));
}
