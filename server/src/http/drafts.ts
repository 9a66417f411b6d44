import { Hono } from 'hono';
import { DuplicateDraftBody, UpdateDraftBody, canManage, copyTitle } from '@charter/shared';
import { authorOf } from '../auth.js';
import { duplicateDraft } from '../drafts/duplicate.js';
import { findDraft } from './access.js';
import { draftAmendmentRoutes } from './amendments.js';
import { annotationRoutes } from './annotations.js';
import { exportRoutes } from './exports.js';
import { participationRoutes } from './participation.js';
import { translationRoutes } from './translations.js';
import { requireInvite } from './auth.js';
import { versionRoutes } from './versions.js';
import { AUTOMATIC_NAMES, saveVersion } from '../versions/save.js';
import type { Env, Services } from './context.js';
import { AppError, forbidden, notFound } from './errors.js';
import { readBody } from './validate.js';

export function draftRoutes(services: Services) {
  const { app, collab } = services;
  const routes = new Hono<Env>();
  routes.use('*', requireInvite(app));

  routes.get('/:id', async (c) => c.json(await findDraft(app, c.get('credentials'), c.req.param('id'))));

  routes.patch('/:id', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    if (!canManage(credentials.role)) throw forbidden('Only a facilitator can change a draft.');
    const patch = await readBody(c, UpdateDraftBody);
    // Read again after the body: the draft may have been adopted while it was on its way.
    const current = await findDraft(app, credentials, draft.id);
    if (patch.title !== undefined && current.status === 'adopted') {
      throw new AppError(409, 'adopted', 'This draft is adopted: its title can no longer change.');
    }
    const updated = await app.updateDraft(draft.id, patch, new Date().toISOString());
    if (!updated) throw notFound('draft');
    if (patch.status) {
      await collab.setStatus(draft.id, patch.status);
      if (patch.status !== draft.status) {
        await app.logActivity({
          initiativeId: draft.initiativeId, draftId: draft.id, at: updated.updatedAt, kind: 'status', author: authorOf(credentials), detail: patch.status,
        });
        // The text that went to review, or was adopted, is kept as it was then (the body is closed to writes by now).
        if (patch.status !== 'drafting') await saveVersion(services, updated, patch.status, AUTOMATIC_NAMES[patch.status], authorOf(credentials));
      }
    }
    const { id, title, kind, status, updatedAt, archived } = updated;
    return c.json({ id, title, kind, status, updatedAt, archived });
  });

  routes.post('/:id/duplicate', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    if (!canManage(credentials.role)) throw forbidden('Only a facilitator can duplicate a draft.');
    const body = await readBody(c, DuplicateDraftBody, { optional: true });
    const id = await duplicateDraft(app, collab, draft, body.title ?? copyTitle(draft.title));
    return c.json({ id }, 201);
  });

  routes.get('/:id/activity', async (c) => {
    const draft = await findDraft(app, c.get('credentials'), c.req.param('id'));
    return c.json(await app.listActivity(draft.initiativeId, draft.id));
  });

  routes.route('/', annotationRoutes(services));
  routes.route('/', participationRoutes(services));
  routes.route('/', translationRoutes(services));
  routes.route('/', exportRoutes(services));
  routes.route('/', draftAmendmentRoutes(services));
  routes.route('/', versionRoutes(services));
  return routes;
}
