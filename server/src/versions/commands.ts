import { diffClauses, type Author, type Clause, type Draft, type DraftDiff } from '@charter/shared';
import type { Collab } from '../collab/index.js';
import type { AppStore } from '../store/types.js';
import { currentClauses, findVersion } from './texts.js';

interface Deps {
  app: AppStore;
  collab: Collab;
}

/**
 * What changed between two texts of a draft: each side a version's id or the
 * live text (`current`); `from` may be `reviewed`, the text as this person last
 * marked it reviewed (nothing, if they never did).
 */
export async function diffDraft({ app, collab }: Deps, draft: Draft, person: () => Author, from: string, to: string): Promise<DraftDiff> {
  const side = async (id: string): Promise<Clause[]> => (id === 'current' ? currentClauses(collab, draft) : (await findVersion(app, draft, id)).clauses);
  const reviewed = async () => (await app.getReviewedMark(draft.id, person().id))?.clauses ?? [];
  const [before, after] = await Promise.all([from === 'reviewed' ? reviewed() : side(from), side(to)]);
  return { from, to, clauses: diffClauses(before, after) };
}

/** A person marks the text as it is now reviewed: the clauses kept, for "what changed since I last reviewed". */
export async function markReviewed({ app, collab }: Deps, draft: Draft, person: Author): Promise<{ at: string }> {
  const clauses = await currentClauses(collab, draft);
  const at = new Date().toISOString();
  await app.saveReviewedMark(draft.id, person.id, { at, clauses });
  return { at };
}
