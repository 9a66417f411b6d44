import { Hono } from 'hono';
import { DuplicateDraftBody, UpdateDraftBody, canManage, copyTitle } from '@charter/shared';
import { duplicateDraft } from '../drafts/duplicate.js';
import { updateDraft } from '../drafts/update.js';
import { presentDraftSummary } from '../initiatives/present.js';
import { allow, findDraft } from './access.js';
import { draftAmendmentRoutes } from './amendments.js';
import { annotationRoutes } from './annotations.js';
import { exportRoutes } from './exports.js';
import { participationRoutes } from './participation.js';
import { translationRoutes } from './translations.js';
import { requireInvite } from './auth.js';
import { versionRoutes } from './versions.js';
import type { Env, Services } from './context.js';
import { readBody } from './validate.js';

export function draftRoutes(services: Services) {
  const { app, collab } = services;
  const routes = new Hono<Env>();
  routes.use('*', requireInvite(app));

  routes.get('/:id', async (c) => c.json(await findDraft(app, c.get('credentials'), c.req.param('id'))));

  routes.patch('/:id', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    allow(canManage(credentials.role), 'Only a facilitator can change a draft.');
    const updated = await updateDraft(services, draft, credentials, await readBody(c, UpdateDraftBody));
    return c.json(presentDraftSummary(updated));
  });

  routes.post('/:id/duplicate', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    allow(canManage(credentials.role), 'Only a facilitator can duplicate a draft.');
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
