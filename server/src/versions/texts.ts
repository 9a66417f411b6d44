import * as Y from 'yjs';
import { BODY_FRAGMENT, ID_PATTERN, buildClauseList, type Clause, type Draft, type VersionSummary } from '@charter/shared';
import type { Collab } from '../collab/index.js';
import { AppError, notFound } from '../http/errors.js';
import type { AppStore, VersionRow } from '../store/types.js';

/**
 * Where versions meet the live text: reading it once to save it, reading a
 * draft's text as it is or as a version kept it, and putting a version's text
 * back. Every call into the rooms for versions is here.
 */

export interface TextState {
  body: Uint8Array;
  notes: Uint8Array;
  clauses: Clause[];
}

/** The live text and notes as Yjs states, and their clause list, read in one go. */
export function captureText(collab: Collab, draft: Draft): Promise<TextState> {
  return collab.read(draft.id, (body, notes) => ({
    body: Y.encodeStateAsUpdate(body),
    notes: Y.encodeStateAsUpdate(notes),
    clauses: buildClauseList(body, notes),
  }));
}

/** The live clause list (for a "reviewed" mark and the diff against now). */
export function currentClauses(collab: Collab, draft: Draft): Promise<Clause[]> {
  return collab.read(draft.id, buildClauseList);
}

/** The version of this draft with this id: a malformed id is a 400, another draft's or an unknown one a 404. */
export async function findVersion(app: AppStore, draft: Draft, versionId: string): Promise<VersionRow> {
  if (!ID_PATTERN.test(versionId)) throw new AppError(400, 'invalid_request', `"${versionId}" is not a version id.`);
  const version = await app.getVersion(versionId);
  if (!version || version.draftId !== draft.id) throw notFound('version of this draft');
  return version;
}

/** A version's text and notes as documents of their own, apart from any room. */
export function versionDocs(version: VersionRow): { body: Y.Doc; notes: Y.Doc } {
  const body = new Y.Doc();
  Y.applyUpdate(body, version.body);
  const notes = new Y.Doc();
  Y.applyUpdate(notes, version.notes);
  return { body, notes };
}

/**
 * Read a draft's text and notes: the live ones, or, given `?version=`, the ones
 * that version kept (`version` is then passed on to `read`).
 */
export async function readText<T>(
  { app, collab }: { app: AppStore; collab: Collab },
  draft: Draft,
  versionId: string | undefined,
  read: (body: Y.Doc, notes: Y.Doc, version: VersionSummary | null) => T,
): Promise<T> {
  if (versionId === undefined) return collab.read(draft.id, (body, notes) => read(body, notes, null));
  const version = await findVersion(app, draft, versionId);
  const { body, notes } = versionDocs(version);
  try {
    return read(body, notes, version);
  } finally {
    body.destroy();
    notes.destroy();
  }
}

/**
 * Make the live text the version's, for every connected client, in one server
 * transaction: the top-level blocks are replaced by copies of the version's,
 * clause ids included, so the notes of its clauses reattach. Only the body's
 * blocks change; the notes and the body's other maps stay as they are.
 */
export async function replaceLiveText(collab: Collab, draft: Draft, version: VersionRow): Promise<void> {
  const { body: kept, notes } = versionDocs(version);
  notes.destroy();
  try {
    const blocks = kept.getXmlFragment(BODY_FRAGMENT).toArray().filter((block) => !(block instanceof Y.XmlHook)) as Array<Y.XmlElement | Y.XmlText>;
    await collab.changeBody(draft.id, (doc) => {
      const body = doc.getXmlFragment(BODY_FRAGMENT);
      body.delete(0, body.length);
      body.insert(0, blocks.map((block) => block.clone()));
    });
  } finally {
    kept.destroy();
  }
}
