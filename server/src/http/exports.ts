import { Hono } from 'hono';
import { exportDraft } from '../export/draftExport.js';
import { findDraft } from './access.js';
import type { Env, Services } from './context.js';
import { ExportQuery } from './queries.js';
import { readQuery } from './validate.js';

/**
 * `GET /api/drafts/:id/export?format=md|html|docx|pdf|json[&lang=][&text=][&version=]`:
 * the draft as a download. Mounted inside the draft routes, which check the token.
 */
export function exportRoutes(services: Services) {
  const routes = new Hono<Env>();

  routes.get('/:id/export', async (c) => {
    const draft = await findDraft(services.app, c.get('credentials'), c.req.param('id'));
    const { body, contentType, filename } = await exportDraft(services, draft, readQuery(c, ExportQuery));
    c.header('Content-Type', contentType);
    c.header('Content-Disposition', `attachment; filename="${encodeURIComponent(filename)}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
    return typeof body === 'string' ? c.body(body) : c.body(body);
  });

  return routes;
}
