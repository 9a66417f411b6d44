import { Hono } from 'hono';
import {
  NewAnnotationBody,
  PRINCIPLE_IDS,
  buildClauseList,
  buildCoverage,
  canWriteNotes,
  isLanguage,
  principles,
  readAnnotations,
  readClauseTexts,
  newAnnotation,
  writeAnnotation,
} from '@charter/shared';
import { authorOf } from '../auth.js';
import { readText } from '../versions/texts.js';
import { findDraft } from './access.js';
import type { Env, Services } from './context.js';
import { AppError, forbidden } from './errors.js';
import { clausesInLanguage, languageParam } from './translations.js';
import { readBody } from './validate.js';

const adopted = () => new AppError(409, 'adopted', 'This draft is adopted: its annotations can no longer change.');

/**
 * A draft's clauses and annotations: `GET clauses`, `GET coverage`, and
 * `POST annotations`, which writes into the notes document exactly as the
 * editor would, so every connected client sees it at once. Mounted inside the
 * draft routes, which check the token.
 */
export function annotationRoutes({ app, collab }: Services) {
  const routes = new Hono<Env>();

  routes.get('/:id/clauses', async (c) => {
    const draft = await findDraft(app, c.get('credentials'), c.req.param('id'));
    const lang = c.req.query('lang');
    if (lang !== undefined) return c.json(await clausesInLanguage(collab, draft, languageParam(lang)));
    return c.json(await readText({ app, collab }, draft, c.req.query('version'), buildClauseList));
  });

  routes.get('/:id/coverage', async (c) => {
    const draft = await findDraft(app, c.get('credentials'), c.req.param('id'));
    const lang = c.req.query('lang') ?? 'en';
    if (!isLanguage(lang)) throw new AppError(400, 'invalid_request', 'lang: expected one of en, es, fr.');
    const needs = await app.listNeeds(draft.initiativeId);
    return c.json(await collab.read(draft.id, (body, notes) => buildCoverage(body, notes, principles(lang), needs)));
  });

  routes.post('/:id/annotations', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    if (!canWriteNotes(credentials.role)) throw forbidden('Your invite lets you read annotations, not add them.');
    if (draft.status === 'adopted') throw adopted();
    const body = await readBody(c, NewAnnotationBody);

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
    // Whatever the request says, the author is the person of the token (or anonymous).
    const author = authorOf(credentials);
    // Check the references against the documents and write, in one transaction.
    // The status is read again here, in the transaction that writes: the draft may
    // have been adopted while the body was on its way.
    const result = await collab.changeNotes(draft.id, (bodyDoc, notesDoc, status) => {
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
      // Linking what is already linked changes nothing: answer with the link there is.
      const duplicate = existing.find(
        (a) =>
          a.clauseId === body.clauseId &&
          ((a.type === 'principle' && body.type === 'principle' && a.principleId === body.principleId) ||
            (a.type === 'need' && body.type === 'need' && a.needId === body.needId)),
      );
      if (duplicate) return { created: false, id: duplicate.id };
      const annotation = newAnnotation(body, author);
      writeAnnotation(notesDoc, annotation);
      return { created: true, id: annotation.id };
    });
    return c.json({ id: result.id }, result.created ? 201 : 200);
  });

  return routes;
}
