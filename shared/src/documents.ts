/**
 * Each draft has several Yjs documents: `<draftId>` holds the text (the XmlFragment
 * `body`), `<draftId>.notes` holds the annotations. Keeping them apart makes the
 * role gate a per-document decision that needs no decoding of updates.
 */
export const BODY_FRAGMENT = 'body';
export const NOTES_SUFFIX = '.notes';
/**
 * `<draftId>.session`: the facilitator's controls of a live session (the clause
 * "now discussing", follow-me, the clause timer). Only facilitators write it.
 */
export const SESSION_SUFFIX = '.session';
/** The map in the session document that holds those controls. */
export const SESSION_MAP = 'session';

/**
 * `<draftId>.decisions`: the amendments and the stances taken on them, mirrored
 * from the store. Only the server writes it, so a tally cannot be forged.
 */
export const DECISIONS_SUFFIX = '.decisions';
/** The map in the decisions document: each amendment by id, as `GET /api/drafts/:id/amendments` gives it. */
export const AMENDMENTS_MAP = 'amendments';

/**
 * `<draftId>.translations`: each clause's translations into the app's other
 * languages. Only the server writes it (through the API); everyone reads it live.
 */
export const TRANSLATIONS_SUFFIX = '.translations';

export type DocKind = 'body' | 'notes' | 'session' | 'decisions' | 'translations';

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

export function sessionDocName(draftId: string): string {
  return draftId + SESSION_SUFFIX;
}

export function decisionsDocName(draftId: string): string {
  return draftId + DECISIONS_SUFFIX;
}

export function translationsDocName(draftId: string): string {
  return draftId + TRANSLATIONS_SUFFIX;
}

const SUFFIXES: ReadonlyArray<[string, DocKind]> = [
  [NOTES_SUFFIX, 'notes'],
  [SESSION_SUFFIX, 'session'],
  [DECISIONS_SUFFIX, 'decisions'],
  [TRANSLATIONS_SUFFIX, 'translations'],
];

/** Split a document name into its draft id and kind; null when it is not one of ours. */
export function parseDocName(name: string): { draftId: string; kind: DocKind } | null {
  const [suffix, kind] = SUFFIXES.find(([end]) => name.endsWith(end)) ?? ['', 'body'];
  const draftId = suffix ? name.slice(0, -suffix.length) : name;
  return ID_PATTERN.test(draftId) ? { draftId, kind } : null;
}

/** Ids the server hands out: url-safe, 1–64 characters. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
