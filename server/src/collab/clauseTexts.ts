import * as Y from 'yjs';
import { BODY_FRAGMENT, CLAUSE_ID_ATTR, CLAUSE_TEXTS_MAP, blockText } from '@charter/shared';

/**
 * Remembers the text of every clause, so that when a clause is deleted its last
 * text can be written into the body's `clauseTexts` map: annotations of a
 * deleted clause then show what it said, and come back with it if the deletion
 * is undone (the clause returns with the same id).
 *
 * Only blocks a transaction touched are read again, right after it; a block
 * deleted by a transaction keeps the text it had before.
 */
export class ClauseTexts {
  private readonly texts = new Map<string, string>();
  private readonly dirty = new Set<Y.XmlElement>();
  private readonly body: Y.XmlFragment;

  constructor(doc: Y.Doc) {
    this.body = doc.getXmlFragment(BODY_FRAGMENT);
    for (const block of this.body.toArray()) if (block instanceof Y.XmlElement) this.dirty.add(block);
    this.refresh();
  }

  /** Read again the top-level blocks a transaction changed (call from afterTransaction). */
  touched(tr: Y.Transaction): void {
    for (const type of tr.changed.keys()) {
      let block: typeof type | null = type;
      while (block && (block.parent as unknown) !== this.body) block = block.parent;
      if (block instanceof Y.XmlElement) this.dirty.add(block);
    }
    this.refresh();
  }

  /** Keep in the document the last text of every clause no longer in the body. Call inside a transaction. */
  recordDeleted(doc: Y.Doc): void {
    const present = new Set<string>();
    for (const block of this.body.toArray()) {
      const id = block instanceof Y.XmlElement ? block.getAttribute(CLAUSE_ID_ATTR) : undefined;
      if (typeof id === 'string') present.add(id);
    }
    const kept = doc.getMap<string>(CLAUSE_TEXTS_MAP);
    for (const [id, text] of this.texts) {
      if (present.has(id)) continue;
      if (kept.get(id) !== text) kept.set(id, text);
      this.texts.delete(id);
    }
  }

  private refresh(): void {
    for (const block of this.dirty) {
      if (block._item?.deleted) continue;
      const id = block.getAttribute(CLAUSE_ID_ATTR);
      if (typeof id === 'string') this.texts.set(id, blockText(block));
    }
    this.dirty.clear();
  }
}
