import { Hono } from 'hono';
import { TranslationBody, canWriteBody } from '@charter/shared';
import { authorOf } from '../auth.js';
import { listTranslations, translateClause } from '../translations/commands.js';
import { allow, findDraft } from './access.js';
import type { Env, Services } from './context.js';
import { LanguageParams } from './queries.js';
import { readBody, readParams } from './validate.js';

/**
 * A draft's translations, clause by clause: `PUT translations/:lang/:clauseId`
 * writes one, and `GET translations` counts them per language. Mounted inside
 * the draft routes, which check the token. Translating never changes the text,
 * so it is open in every status, an adopted draft included.
 */
export function translationRoutes({ app, collab }: Services) {
  const routes = new Hono<Env>();

  routes.put('/:id/translations/:lang/:clauseId', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    allow(canWriteBody(credentials.role), 'Only a facilitator or an editor can translate the text.');
    const { lang } = readParams(c, LanguageParams);
    const clauseId = c.req.param('clauseId');
    const { text } = await readBody(c, TranslationBody);
    const saved = await translateClause(collab, draft, lang, clauseId, text, authorOf(credentials));
    return c.json({ clauseId, lang, text: saved.text, status: 'current', savedAt: saved.savedAt });
  });

  routes.get('/:id/translations', async (c) => {
    const draft = await findDraft(app, c.get('credentials'), c.req.param('id'));
    return c.json({ language: draft.language, languages: await listTranslations(collab, draft) });
  });

  return routes;
}
