/**
 * Each draft has two Yjs documents: `<draftId>` holds the text (the XmlFragment
 * `body`), `<draftId>.notes` holds the annotations. Keeping them apart makes the
 * role gate a per-document decision that needs no decoding of updates.
 */
export const BODY_FRAGMENT = 'body';
export const NOTES_SUFFIX = '.notes';

export type DocKind = 'body' | 'notes';

/**
 * A map in the body document that only the server writes: `status` mirrors the
 * draft's status, so every open editor learns of a change at once.
 */
export const DRAFT_META_MAP = 'meta';

export function bodyDocName(draftId: string): string {
  return draftId;
}

export function notesDocName(draftId: string): string {
  return draftId + NOTES_SUFFIX;
}

/** Split a document name into its draft id and kind; null when it is not one of ours. */
export function parseDocName(name: string): { draftId: string; kind: DocKind } | null {
  const kind: DocKind = name.endsWith(NOTES_SUFFIX) ? 'notes' : 'body';
  const draftId = kind === 'notes' ? name.slice(0, -NOTES_SUFFIX.length) : name;
  return ID_PATTERN.test(draftId) ? { draftId, kind } : null;
}

/** Ids the server hands out: url-safe, 1–64 characters. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
