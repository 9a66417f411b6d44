import * as Y from 'yjs';
import { randomId } from './ids.js';

/**
 * Every top-level block of a draft's body is a clause, named by the `clauseId`
 * attribute of its Y.XmlElement (the same attribute the editor's ClauseId
 * extension reads and writes, so the browser and the server agree).
 */
export const CLAUSE_ID_ATTR = 'clauseId';

export function newClauseId(): string {
  return randomId(12);
}

/**
 * Give every top-level block that lacks an id, or repeats the id of a block
 * before it, a fresh one. The first block in document order keeps a repeated id,
 * so the half of a split clause that comes first keeps its annotations.
 * Returns how many blocks were given an id. Call it inside a transaction.
 */
export function ensureClauseIds(body: Y.XmlFragment): number {
  const seen = new Set<string>();
  let assigned = 0;
  for (const block of body.toArray()) {
    if (!(block instanceof Y.XmlElement)) continue;
    const id = block.getAttribute(CLAUSE_ID_ATTR);
    if (typeof id === 'string' && id !== '' && !seen.has(id)) {
      seen.add(id);
      continue;
    }
    const fresh = newClauseId();
    block.setAttribute(CLAUSE_ID_ATTR, fresh);
    seen.add(fresh);
    assigned++;
  }
  return assigned;
}
