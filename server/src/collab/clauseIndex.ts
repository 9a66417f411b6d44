import * as Y from 'yjs';
import { BODY_FRAGMENT, CLAUSE_ID_ATTR, CLAUSE_TEXTS_MAP, blockText, ensureClauseIds, newClauseId } from '@charter/shared';

/**
 * Keeps the clause invariants of a body document for every client, the stock
 * one included, at a cost in proportion to each change rather than to the
 * document:
 * - every top-level block has a `clauseId`, unique, the first in document order
 *   keeping a repeated one (so the first half of a split keeps its notes);
 * - the last text of every deleted clause is kept in the body's `clauseTexts`
 *   map, so its annotations can say what it was.
 *
 * Changes are noted as they happen (`observeDeep`); `settle()` then fixes what
 * they broke in one server transaction.
 */
export class ClauseIndex {
  private readonly body: Y.XmlFragment;
  /** What we know of each live block: its id and its text. */
  private readonly blocks = new Map<Y.XmlElement, { id: unknown; text: string }>();
  /** Which block holds each id. */
  private readonly holders = new Map<string, Y.XmlElement>();
  private readonly touched = new Set<Y.XmlElement>();
  private readonly deleted: Y.XmlElement[] = [];
  /** A duplicate id was seen: only a walk in document order can say who keeps it. */
  private fullCheck = true;

  constructor(private readonly doc: Y.Doc) {
    this.body = doc.getXmlFragment(BODY_FRAGMENT);
    for (const block of this.body.toArray()) if (block instanceof Y.XmlElement) this.touched.add(block);
    this.body.observeDeep((events) => this.note(events));
  }

  /** Is there anything for `settle()` to look at? */
  get unsettled(): boolean {
    return this.fullCheck || this.touched.size > 0 || this.deleted.length > 0;
  }

  /** Restore the invariants after a change. Call outside any transaction; writes in one of the server's. */
  settle(origin: unknown): void {
    if (!this.unsettled) return;
    this.doc.transact(() => {
      for (const block of this.deleted.splice(0)) this.forget(block);
      if (this.fullCheck) {
        this.fullCheck = false;
        ensureClauseIds(this.body);
        this.holders.clear();
        for (const block of this.body.toArray()) if (block instanceof Y.XmlElement) this.touched.add(block);
      }
      for (const block of this.touched) this.check(block);
      this.touched.clear();
    }, origin);
    // Our own writes were noted too; they need nothing more.
    this.touched.clear();
    if (this.fullCheck) this.settle(origin);
  }

  private note(events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void {
    for (const event of events) {
      if (event.target === (this.body as unknown)) {
        for (const item of event.changes.added) {
          if (item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement) this.touched.add(item.content.type);
        }
        for (const item of event.changes.deleted) {
          if (item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement) this.deleted.push(item.content.type);
        }
        continue;
      }
      let block: Y.AbstractType<unknown> | null = event.target;
      while (block && (block.parent as unknown) !== this.body) block = block.parent as Y.AbstractType<unknown> | null;
      if (block instanceof Y.XmlElement && !block._item?.deleted) this.touched.add(block);
    }
  }

  /** A live block changed: read its text again, and give it an id if it lacks one. */
  private check(block: Y.XmlElement): void {
    if (block._item?.deleted) return;
    let id = block.getAttribute(CLAUSE_ID_ATTR);
    const known = this.blocks.get(block);
    if (known && known.id !== id && typeof known.id === 'string' && this.holders.get(known.id) === block) this.holders.delete(known.id);
    if (typeof id !== 'string' || id === '') {
      id = newClauseId();
      block.setAttribute(CLAUSE_ID_ATTR, id);
    } else {
      const holder = this.holders.get(id);
      if (holder && holder !== block && !holder._item?.deleted) {
        // Two live blocks share an id: settle it in document order.
        this.fullCheck = true;
        return;
      }
    }
    this.holders.set(id, block);
    this.blocks.set(block, { id, text: blockText(block) });
  }

  /** A block was deleted: keep its last text under its id, and free the id. */
  private forget(block: Y.XmlElement): void {
    const known = this.blocks.get(block);
    this.blocks.delete(block);
    if (!known || typeof known.id !== 'string') return;
    if (this.holders.get(known.id) === block) this.holders.delete(known.id);
    const kept = this.doc.getMap<string>(CLAUSE_TEXTS_MAP);
    if (kept.get(known.id) !== known.text) kept.set(known.id, known.text);
  }
}
