import { Hono } from 'hono';
import { isLanguage, principles } from '@charter/shared';
import { EXPORT_FORMATS, buildExportModel, renderExport, type ExportFormat } from '../export/index.js';
import type { Env, Services } from './context.js';
import { readParticipation } from '../participation.js';
import { readText } from '../versions/texts.js';
import { findDraft } from './access.js';
import { AppError } from './errors.js';
import { languageParam } from './translations.js';

/**
 * `GET /api/drafts/:id/export?format=md|html|docx|pdf|json[&lang=][&text=]`: the
 * draft with its principles, needs and comments, as a download; `lang` is the
 * language of its labels, `text` the language its text is given in (`both`: the
 * original beside its translation into `lang`). Mounted inside the
 * draft routes, which check the token.
 */
export function exportRoutes({ app, collab, amendments }: Services) {
  const routes = new Hono<Env>();

  routes.get('/:id/export', async (c) => {
    const draft = await findDraft(app, c.get('credentials'), c.req.param('id'));
    const format = c.req.query('format') ?? '';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new AppError(400, 'invalid_request', `format: expected one of ${EXPORT_FORMATS.join(', ')}.`);
    }
    const lang = c.req.query('lang') ?? 'en';
    if (!isLanguage(lang)) throw new AppError(400, 'invalid_request', 'lang: expected one of en, es, fr.');
    // `text=both`: the original beside its translation into the export's language.
    const textParam = c.req.query('text');
    const sideBySide = textParam === 'both';
    if (sideBySide && lang === draft.language) {
      throw new AppError(400, 'invalid_request', `text=both: give lang, a language other than the draft's own ("${draft.language}"), to set beside it.`);
    }
    const textLanguage = sideBySide ? lang : textParam === undefined ? draft.language : languageParam(textParam, 'text');
    const [initiative, needs, amended] = await Promise.all([
      app.getInitiative(draft.initiativeId),
      app.listNeeds(draft.initiativeId),
      amendments.list(draft.id),
    ]);
    const { id, title, kind, status, language, updatedAt } = draft;
    const versionId = c.req.query('version');
    const context = {
      lang,
      initiative: { name: initiative?.name ?? '', place: initiative?.place ?? '' },
      draft: { id, title, kind, status, language, updatedAt },
      principles: principles(lang),
      needs,
      amendments: amended,
      // The summary of who shaped the text: of the text as it is now, not of a saved version.
      ...(versionId === undefined ? { participation: await readParticipation({ app, collab }, draft) } : {}),
    };
    // The translations are read only when the text is asked for in another language.
    // With `version=`, the text and notes that version kept, dated when it was saved.
    const model =
      textLanguage === language || versionId !== undefined
        ? await readText({ app, collab }, draft, versionId, (body, notes, version) =>
            buildExportModel(body, notes, { ...context, draft: { ...context.draft, updatedAt: version?.createdAt ?? updatedAt } }),
          )
        : await collab.readTranslations(draft.id, (body, notes, translations) =>
            buildExportModel(body, notes, { ...context, text: { lang: textLanguage, translations, sideBySide } }),
          );
    const rendered = await renderExport(model, format as ExportFormat);
    const filename = `${title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-') || 'draft'}.${format}`;
    c.header('Content-Type', rendered.contentType);
    c.header('Content-Disposition', `attachment; filename="${encodeURIComponent(filename)}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
    return typeof rendered.body === 'string' ? c.body(rendered.body) : c.body(rendered.body);
  });

  return routes;
}
