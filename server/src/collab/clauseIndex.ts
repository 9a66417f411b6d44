import * as Y from 'yjs';
import { BODY_FRAGMENT, CLAUSE_ID_ATTR, CLAUSE_TEXTS_MAP, ensureClauseIds, newClauseId } from '@charter/shared';
import { deletedBlockText } from './deletedText.js';

/**
 * Keeps the clause invariants of a body document for every client, the stock
 * one included, at a cost in proportion to each change rather than to the
 * document (an edit in a huge paragraph costs what one in a small one does):
 * - every top-level block has a `clauseId`, unique, the first in document order
 *   keeping a repeated one (so the first half of a split keeps its notes);
 * - the last text of every deleted clause that has notes is kept in the body's
 *   `clauseTexts` map, so its annotations can say what it was; nothing else is
 *   (`forgetText` drops an entry once its notes are gone).
 *
 * Changes are noted as they happen (`observeDeep`); `settle()` then fixes what
 * they broke in one server transaction.
 */
export class ClauseIndex {
  private readonly body: Y.XmlFragment;
  private readonly kept: Y.Map<string>;
  /** The id we last saw on each live block. */
  private readonly blocks = new Map<Y.XmlElement, unknown>();
  /** Which block holds each id. */
  private readonly holders = new Map<string, Y.XmlElement>();
  private readonly touched = new Set<Y.XmlElement>();
  /** Deleted blocks, with their last text when their clause has notes. */
  private readonly deleted: Array<{ block: Y.XmlElement; text: string | null }> = [];
  /** A duplicate id was seen: only a walk in document order can say who keeps it. */
  private fullCheck = true;

  constructor(
    private readonly doc: Y.Doc,
    /** Does any annotation name this clause? */
    private readonly annotated: (clauseId: string) => boolean,
  ) {
    this.body = doc.getXmlFragment(BODY_FRAGMENT);
    this.kept = doc.getMap<string>(CLAUSE_TEXTS_MAP);
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
      for (const deleted of this.deleted.splice(0)) this.forget(deleted.block, deleted.text);
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

  /** Drop kept texts no note needs (at load: kept before this rule, or whose notes went meanwhile). Call after `settle()`. */
  prune(origin: unknown): void {
    const stale = [...this.kept.keys()].filter((id) => this.holders.has(id) || !this.annotated(id));
    if (stale.length > 0) this.doc.transact(() => stale.forEach((id) => this.kept.delete(id)), origin);
  }

  /** A clause's notes are gone: its last text is needed no more. */
  forgetText(clauseId: string, origin: unknown): void {
    if (this.kept.has(clauseId)) this.doc.transact(() => this.kept.delete(clauseId), origin);
  }

  private note(events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void {
    for (const event of events) {
      if (event.target === (this.body as unknown)) {
        for (const item of event.changes.added) {
          if (item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement) this.touched.add(item.content.type);
        }
        for (const item of event.changes.deleted) {
          if (!(item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement)) continue;
          const block = item.content.type;
          // Read now, before the transaction ends and its deleted text is collected; only a clause with notes needs it.
          const id = this.blocks.get(block);
          const text = typeof id === 'string' && this.annotated(id) ? deletedBlockText(block, event.transaction.deleteSet) : null;
          this.deleted.push({ block, text });
        }
        continue;
      }
      let block: Y.AbstractType<unknown> | null = event.target;
      while (block && (block.parent as unknown) !== this.body) block = block.parent as Y.AbstractType<unknown> | null;
      if (block instanceof Y.XmlElement && !block._item?.deleted) this.touched.add(block);
    }
  }

  /** A live block changed: give it an id if it lacks one (its text is not read: that would cost its size). */
  private check(block: Y.XmlElement): void {
    if (block._item?.deleted) return;
    let id = block.getAttribute(CLAUSE_ID_ATTR);
    const known = this.blocks.get(block);
    if (known !== undefined && known !== id && typeof known === 'string' && this.holders.get(known) === block) this.holders.delete(known);
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
      // A clause back in the text (an undone deletion) needs no kept text.
      if (known === undefined && this.kept.has(id)) this.kept.delete(id);
    }
    this.holders.set(id, block);
    this.blocks.set(block, id);
  }

  /** A block was deleted: keep its last text under its id if its notes need it, and free the id. */
  private forget(block: Y.XmlElement, text: string | null): void {
    const id = this.blocks.get(block);
    this.blocks.delete(block);
    if (typeof id !== 'string') return;
    if (this.holders.get(id) === block) this.holders.delete(id);
    if (text !== null && this.kept.get(id) !== text) this.kept.set(id, text);
  }
}
