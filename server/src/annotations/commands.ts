import {
  PRINCIPLE_IDS,
  buildClauseList,
  buildCoverage,
  newAnnotation,
  principles,
  readAnnotations,
  readClauseTexts,
  writeAnnotation,
  type Annotation,
  type Draft,
  type Language,
  type NewAnnotationBody,
} from '@charter/shared';
import { authorOf, type Credentials } from '../auth.js';
import type { Collab } from '../collab/index.js';
import { AppError, forbidden } from '../http/errors.js';
import type { AppStore } from '../store/types.js';
import { clausesInLanguage } from '../translations/commands.js';
import { readText } from '../versions/texts.js';

interface Deps {
  app: AppStore;
  collab: Collab;
}

const adopted = () => new AppError(409, 'adopted', 'This draft is adopted: its annotations can no longer change.');

/** An adopted draft's annotations no longer change (409). */
export function assertAnnotatable(draft: Draft): void {
  if (draft.status === 'adopted') throw adopted();
}

/**
 * Annotate a clause, writing into the notes document exactly as the editor
 * would, so every connected client sees it at once. The author is the person
 * of the token, whatever the request says. Linking what is already linked
 * changes nothing: the answer is the id of the link there is, so that a script
 * that links again gets what it would have got the first time.
 */
export async function annotate({ app, collab }: Deps, draft: Draft, credentials: Credentials, body: NewAnnotationBody): Promise<string> {
  if (body.type === 'principle' && !PRINCIPLE_IDS.includes(body.principleId)) {
    throw new AppError(400, 'unknown_principle', `There is no principle "${body.principleId}"; see GET /api/principles.`);
  }
  if (body.type === 'need') {
    const need = await app.getNeed(body.needId);
    if (!need || need.initiativeId !== draft.initiativeId) {
      throw new AppError(400, 'unknown_need', `There is no need "${body.needId}" in this initiative's register.`);
    }
  }
  if (body.type === 'comment' && body.official) {
    if (credentials.role !== 'reviewer') throw forbidden('Only a reviewer (an official) gives the official answer.');
    if (!body.parentId) throw new AppError(400, 'invalid_request', 'official: the official answer is a reply; give its thread in parentId.');
  }
  const author = authorOf(credentials);
  // Check the references against the documents and write, in one transaction.
  // The status is read again here, in the transaction that writes: the draft may
  // have been adopted while the body was on its way.
  return collab.changeNotes(draft.id, (bodyDoc, notesDoc, status) => {
    if (status === 'adopted') throw adopted();
    if (!readClauseTexts(bodyDoc).some((clause) => clause.id === body.clauseId)) {
      throw new AppError(400, 'unknown_clause', `There is no clause "${body.clauseId}" in this draft; see GET /api/drafts/${draft.id}/clauses.`);
    }
    const existing = readAnnotations(notesDoc);
    if (body.type === 'comment' && body.parentId) {
      const parent = existing.find((a) => a.id === body.parentId);
      if (!parent || parent.type !== 'comment' || parent.clauseId !== body.clauseId) {
        throw new AppError(400, 'unknown_comment', `There is no comment "${body.parentId}" on this clause to reply to.`);
      }
    }
    const duplicate = existing.find((a) => a.clauseId === body.clauseId && sameLink(a, body));
    if (duplicate) return duplicate.id;
    const annotation = newAnnotation(body, author);
    writeAnnotation(notesDoc, annotation);
    return annotation.id;
  });
}

/** Whether an annotation is the principle or need link a request asks for. */
function sameLink(a: Annotation, body: NewAnnotationBody): boolean {
  return (
    (a.type === 'principle' && body.type === 'principle' && a.principleId === body.principleId) ||
    (a.type === 'need' && body.type === 'need' && a.needId === body.needId)
  );
}

/** The clause list: as it is, as a version kept it, or with each clause's translation into `lang`. */
export function readClauses({ app, collab }: Deps, draft: Draft, query: { lang?: Language; version?: string }) {
  if (query.lang !== undefined) return clausesInLanguage(collab, draft, query.lang);
  return readText({ app, collab }, draft, query.version, buildClauseList);
}

/** Which clauses serve each principle and answer each need, with the principles' titles in `lang`. */
export async function readCoverage({ app, collab }: Deps, draft: Draft, lang: Language) {
  const needs = await app.listNeeds(draft.initiativeId);
  return collab.read(draft.id, (body, notes) => buildCoverage(body, notes, principles(lang), needs));
}
