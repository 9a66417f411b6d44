import * as Y from 'yjs';
import { ANNOTATIONS_MAP } from '@charter/shared';

/**
 * Which clauses a notes document annotates, kept up to date change by change,
 * so the body can ask at once whether a deleted clause's text is worth keeping,
 * and be told when a clause's last note is gone.
 */
export class NotesIndex {
  /** The clause each annotation names. */
  private readonly clauseOf = new Map<string, string>();
  /** How many annotations name each clause. */
  private readonly counts = new Map<string, number>();

  constructor(
    doc: Y.Doc,
    private readonly gone: (clauseId: string) => void,
  ) {
    const annotations = doc.getMap<unknown>(ANNOTATIONS_MAP);
    annotations.forEach((record, id) => this.set(id, clauseIdOf(record)));
    annotations.observeDeep((events) => {
      for (const event of events) {
        if (event.target === annotations) {
          for (const [id, change] of event.changes.keys) this.set(id, change.action === 'delete' ? null : clauseIdOf(annotations.get(id)));
        } else {
          // A field of one annotation changed: find which, and read its clause again.
          let record: Y.AbstractType<unknown> = event.target;
          while (record.parent && record.parent !== annotations) record = record.parent as Y.AbstractType<unknown>;
          const id = record._item?.parentSub;
          if (record.parent === annotations && id) this.set(id, clauseIdOf(annotations.get(id)));
        }
      }
    });
  }

  has(clauseId: string): boolean {
    return this.counts.has(clauseId);
  }

  private set(annotationId: string, clauseId: string | null): void {
    const before = this.clauseOf.get(annotationId) ?? null;
    if (before === clauseId) return;
    if (clauseId === null) this.clauseOf.delete(annotationId);
    else {
      this.clauseOf.set(annotationId, clauseId);
      this.counts.set(clauseId, (this.counts.get(clauseId) ?? 0) + 1);
    }
    if (before === null) return;
    const left = (this.counts.get(before) ?? 1) - 1;
    if (left > 0) this.counts.set(before, left);
    else {
      this.counts.delete(before);
      this.gone(before);
    }
  }
}

function clauseIdOf(record: unknown): string | null {
  if (!(record instanceof Y.Map)) return null;
  const clauseId: unknown = record.get('clauseId');
  return typeof clauseId === 'string' ? clauseId : null;
}
