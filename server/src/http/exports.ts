import { Hono } from 'hono';
import { isLanguage, principles } from '@charter/shared';
import { EXPORT_FORMATS, buildExportModel, renderExport, type ExportFormat } from '../export/index.js';
import type { Env, Services } from './context.js';
import { readText } from '../versions/texts.js';
import { findDraft } from './drafts.js';
import { AppError } from './errors.js';

/**
 * `GET /api/drafts/:id/export?format=md|html|docx|pdf|json[&lang=]`: the draft
 * with its principles, needs and comments, as a download. Mounted inside the
 * draft routes, which check the token.
 */
export function exportRoutes({ app, collab }: Services) {
  const routes = new Hono<Env>();

  routes.get('/:id/export', async (c) => {
    const draft = await findDraft(app, c.get('credentials'), c.req.param('id'));
    const format = c.req.query('format') ?? '';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new AppError(400, 'invalid_request', `format: expected one of ${EXPORT_FORMATS.join(', ')}.`);
    }
    const lang = c.req.query('lang') ?? 'en';
    if (!isLanguage(lang)) throw new AppError(400, 'invalid_request', 'lang: expected one of en, es, fr.');
    const [initiative, needs] = await Promise.all([app.getInitiative(draft.initiativeId), app.listNeeds(draft.initiativeId)]);
    const { id, title, kind, status, updatedAt } = draft;
    // With `version=`, the text and notes that version kept, dated when it was saved.
    const model = await readText({ app, collab }, draft, c.req.query('version'), (body, notes, version) =>
      buildExportModel(body, notes, {
        lang,
        initiative: { name: initiative?.name ?? '', place: initiative?.place ?? '' },
        draft: { id, title, kind, status, updatedAt: version?.createdAt ?? updatedAt },
        principles: principles(lang),
        needs,
      }),
    );
    const rendered = await renderExport(model, format as ExportFormat);
    const filename = `${title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-') || 'draft'}.${format}`;
    c.header('Content-Type', rendered.contentType);
    c.header('Content-Disposition', `attachment; filename="${encodeURIComponent(filename)}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
    return typeof rendered.body === 'string' ? c.body(rendered.body) : c.body(rendered.body);
  });

  return routes;
}
