import { Hono } from 'hono';
import {
  LANGUAGES,
  TranslationBody,
  buildClauseList,
  canWriteBody,
  countTranslations,
  isLanguage,
  readClauseTexts,
  translateClauses,
  writeTranslation,
  type Clause,
  type ClauseTranslation,
  type Draft,
  type Language,
} from '@charter/shared';
import { authorOf } from '../auth.js';
import type { Env, Services } from './context.js';
import { findDraft } from './access.js';
import { AppError, forbidden } from './errors.js';
import { readBody } from './validate.js';

/** A `lang` the request names: one of the app's languages, or a 400. */
export function languageParam(value: string | undefined, name = 'lang'): Language {
  if (!isLanguage(value)) throw new AppError(400, 'invalid_request', `${name}: expected one of ${LANGUAGES.join(', ')}.`);
  return value;
}

/**
 * A draft's translations, clause by clause: `PUT translations/:lang/:clauseId`
 * writes one into the `.translations` document (which no client may write), and
 * `GET translations` counts them per language. Mounted inside the draft routes,
 * which check the token. Translating never changes the text, so it is open in
 * every status, an adopted draft included.
 */
export function translationRoutes({ app, collab }: Services) {
  const routes = new Hono<Env>();

  routes.put('/:id/translations/:lang/:clauseId', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    if (!canWriteBody(credentials.role)) throw forbidden('Only a facilitator or an editor can translate the text.');
    const lang = languageParam(c.req.param('lang'));
    if (lang === draft.language) {
      throw new AppError(400, 'invalid_request', `lang: this draft is written in "${lang}"; translate it into another language.`);
    }
    const { text } = await readBody(c, TranslationBody);
    const clauseId = c.req.param('clauseId');
    const author = authorOf(credentials);
    const saved = await collab.changeTranslations(draft.id, (body, translations) => {
      const clause = readClauseTexts(body).find((candidate) => candidate.id === clauseId);
      if (!clause) {
        throw new AppError(400, 'unknown_clause', `There is no clause "${clauseId}" in this draft; see GET /api/drafts/${draft.id}/clauses.`);
      }
      const entry = { text, source: clause.text, author, savedAt: new Date().toISOString() };
      writeTranslation(translations, lang, clauseId, entry);
      return entry;
    });
    return c.json({ clauseId, lang, text: saved.text, status: 'current', savedAt: saved.savedAt });
  });

  routes.get('/:id/translations', async (c) => {
    const draft = await findDraft(app, c.get('credentials'), c.req.param('id'));
    const languages = await collab.readTranslations(draft.id, (body, _notes, translations) =>
      countTranslations(body, translations, draft.language),
    );
    return c.json({ language: draft.language, languages });
  });

  return routes;
}

/** `GET clauses?lang=`: the clause list, each clause with its translation into that language. */
export function clausesInLanguage(collab: Services['collab'], draft: Draft, lang: Language): Promise<Array<Clause & { translation: ClauseTranslation }>> {
  return collab.readTranslations(draft.id, (body, notes, translations) => {
    const translated = new Map(translateClauses(body, translations, lang, draft.language).map((clause) => [clause.id, clause.translation]));
    return buildClauseList(body, notes).map((clause) => ({ ...clause, translation: translated.get(clause.id) ?? { text: null, status: 'missing' } }));
  });
}
