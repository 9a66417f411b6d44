import * as Y from 'yjs';
import { ANNOTATIONS_MAP, authorId, type Author } from '@charter/shared';

/** A record's field that anyone who may annotate may change: resolving and reopening a thread. */
const OPEN_FIELDS = new Set(['resolved']);

/**
 * Nobody changes another person's words: a check of each `.notes` update from a
 * client against the records it touches, before the room applies, stores or
 * forwards it.
 *
 * The update is first applied to a shadow copy of the notes; the transaction
 * there says which records and fields it changed, and the room's document,
 * still untouched, says whose they were. A record belongs to the person named
 * in its `author`; an anonymous one (made with an invite token) to whoever
 * works anonymously. An update is admitted when every record it creates names
 * its sender as author, and every record it removes, replaces or edits is the
 * sender's own — bar `resolved`, which is open to all. A refused update leaves
 * the shadow out of step, so it is dropped, and copied again from the room at
 * the next update (attacks only). The first copy is made at the first update a
 * client sends: most notes are opened only beside their draft's text, and read.
 */
export class NotesGuard {
  private shadow: Y.Doc | null = null;
  private changed: Y.Transaction['changed'] | null = null;

  constructor(private readonly doc: Y.Doc) {}

  /** May this person (null: anonymous) make this update? If so the shadow keeps it. */
  admits(update: Uint8Array, author: Author | null): boolean {
    this.changed = null;
    const shadow = (this.shadow ??= this.copy());
    Y.applyUpdate(shadow, update);
    const changed = this.changed as Y.Transaction['changed'] | null;
    if (!changed || this.allowed(shadow, changed, author)) return true;
    this.destroy();
    return false;
  }

  /** Keep the shadow in step with a change the guard did not see (the server's own, another instance's). */
  follow(update: Uint8Array): void {
    // Without a shadow, the next copy is made from the room, which has this change.
    if (this.shadow) Y.applyUpdate(this.shadow, update);
  }

  destroy(): void {
    this.shadow?.destroy();
    this.shadow = null;
  }

  private copy(): Y.Doc {
    const shadow = new Y.Doc({ gc: true });
    // Name the map's type before any update arrives, so the type the transactions
    // report is the one `getMap` returns (Yjs replaces a type first read untyped).
    shadow.getMap(ANNOTATIONS_MAP);
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.doc));
    shadow.on('afterTransaction', (transaction: Y.Transaction) => {
      this.changed = transaction.changed;
    });
    return shadow;
  }

  private allowed(shadow: Y.Doc, changed: Y.Transaction['changed'], author: Author | null): boolean {
    const before = this.doc.getMap<unknown>(ANNOTATIONS_MAP);
    const after = shadow.getMap<unknown>(ANNOTATIONS_MAP);
    const mine = (record: unknown) => record instanceof Y.Map && owns(author, record.get('author'));
    for (const [type, keys] of changed) {
      if ((type as unknown) === after) {
        for (const id of keys) {
          if (id === null) continue;
          const old = before.get(id);
          if (old !== undefined && !mine(old)) return false;
          const created = after.get(id);
          if (created !== undefined && !(created instanceof Y.Map && sameAuthor(author, created.get('author')))) return false;
        }
        continue;
      }
      // A field of an existing record: `type` is the record, a value of the annotations map.
      const item = type._item;
      if (!item || item.parent !== after || typeof item.parentSub !== 'string') continue;
      if ([...keys].every((key) => key !== null && OPEN_FIELDS.has(key))) continue;
      if (!mine(before.get(item.parentSub))) return false;
      if (keys.has('author') && !sameAuthor(author, (type as unknown as Y.Map<unknown>).get('author'))) return false;
    }
    return true;
  }
}

/** Is this record's author the sender? Anonymous records are anonymous senders' to change. */
function owns(sender: Author | null, recorded: unknown): boolean {
  if (sender === null) return authorId(recorded as Author | string | null) === null;
  return authorId(recorded as Author | string | null) === sender.id;
}

/** A new record must name exactly its sender (or nobody, from an anonymous sender). */
function sameAuthor(sender: Author | null, recorded: unknown): boolean {
  if (sender === null) return recorded === null || recorded === undefined;
  return (
    typeof recorded === 'object' &&
    recorded !== null &&
    (recorded as Author).id === sender.id &&
    (recorded as Author).name === sender.name
  );
}
