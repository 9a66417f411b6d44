import * as Y from 'yjs';
import { CLAUSE_ID_ATTR } from '@charter/shared';

/** One change in a transaction: whose (the Yjs client that wrote it; null for a deletion) and in which clause. */
export interface ClauseEdit {
  client: number | null;
  /** The clause (top-level block) it is in; null when that cannot be told. */
  clauseId: string | null;
}

/** The top-level block of the body holding `item`, or null. */
function clauseOf(item: Y.Item, body: Y.XmlFragment): string | null {
  let current: Y.Item | null = item;
  while (current) {
    const parent = current.parent as Y.AbstractType<unknown> | null;
    if (parent === body) {
      const content = current.content;
      if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement) {
        const id = content.type.getAttribute(CLAUSE_ID_ATTR);
        return typeof id === 'string' ? id : null;
      }
      return null;
    }
    current = parent?._item ?? null;
  }
  return null;
}

/**
 * Which clauses of `body` a transaction changed, and by whom: the items it
 * added, each with its client id, and the items it deleted (their writer is
 * not who deleted them, so those carry no client). A clause id set on a block
 * (the server or an editor numbering a new block) is bookkeeping, not an edit.
 */
export function clauseEdits(transaction: Y.Transaction, body: Y.XmlFragment): ClauseEdit[] {
  const edits: ClauseEdit[] = [];
  const seen = new Set<string>();
  const add = (client: number | null, clauseId: string | null) => {
    const key = `${client}:${clauseId}`;
    if (seen.has(key)) return;
    seen.add(key);
    edits.push({ client, clauseId });
  };
  const bookkeeping = (item: Y.Item) => item.parentSub === CLAUSE_ID_ATTR;

  const structs = transaction.doc.store.clients;
  transaction.afterState.forEach((after, client) => {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) return;
    const list = structs.get(client);
    if (!list) return;
    for (let i = Y.findIndexSS(list, before); i < list.length; i++) {
      const struct = list[i];
      if (struct.id.clock >= after) break;
      if (struct instanceof Y.Item && !bookkeeping(struct)) add(client, clauseOf(struct, body));
    }
  });
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (struct instanceof Y.Item && !bookkeeping(struct)) add(null, clauseOf(struct, body));
  });
  // Only changes to the body count (not, say, another shared type in the document).
  return edits.filter((edit) => edit.clauseId !== null || touchesBody(transaction, body));
}

function touchesBody(transaction: Y.Transaction, body: Y.XmlFragment): boolean {
  const target: unknown = body;
  for (const type of transaction.changedParentTypes.keys()) if (type === target) return true;
  return false;
}
