import * as Y from 'yjs';
import { CLAUSE_ID_ATTR } from '@charter/shared';

/**
 * The clauses a transaction changed: each changed type is walked up to the
 * top-level block of the body that holds it. A few steps per changed type, so
 * counting who edited what costs next to nothing on the hot path.
 */
export function touchedClauses(transaction: Y.Transaction, body: Y.XmlFragment): string[] {
  const ids = new Set<string>();
  // New blocks (a clause written from scratch) show only as a change of the body itself.
  if (transaction.changed.has(body as unknown as Y.AbstractType<Y.YEvent<Y.XmlFragment>>)) {
    for (const block of body.toArray()) {
      const item = block instanceof Y.XmlElement ? block._item : null;
      if (!item || item.id.clock < (transaction.beforeState.get(item.id.client) ?? 0)) continue;
      const id = (block as Y.XmlElement).getAttribute(CLAUSE_ID_ATTR);
      if (typeof id === 'string') ids.add(id);
    }
  }
  for (const type of transaction.changed.keys()) {
    let node: Y.AbstractType<unknown> | null = type as unknown as Y.AbstractType<unknown>;
    while (node && node._item && node._item.parent !== body) node = node._item.parent as Y.AbstractType<unknown> | null;
    if (!node || !node._item || !(node instanceof Y.XmlElement)) continue;
    const id = node.getAttribute(CLAUSE_ID_ATTR);
    if (typeof id === 'string') ids.add(id);
  }
  return [...ids];
}
