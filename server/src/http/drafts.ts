import { Hono } from 'hono';
import { UpdateDraftBody, canManage, type Draft } from '@charter/shared';
import type { AppStore } from '../store/types.js';
import { authorOf, type Credentials } from '../auth.js';
import { annotationRoutes } from './annotations.js';
import { exportRoutes } from './exports.js';
import { versionRoutes } from './versions.js';
import { AUTOMATIC_NAMES, saveVersion } from '../versions/save.js';
import { assertInitiative, requireInvite } from './auth.js';
import type { Env, Services } from './context.js';
import { forbidden, notFound } from './errors.js';
import { readBody } from './validate.js';

/** The draft, if it exists and the token's initiative holds it. */
export async function findDraft(app: AppStore, credentials: Credentials, id: string): Promise<Draft> {
  const draft = await app.getDraft(id);
  if (!draft) throw notFound('draft');
  assertInitiative(credentials, draft.initiativeId);
  return draft;
}

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
    const { id, title, kind, status, updatedAt } = updated;
    return c.json({ id, title, kind, status, updatedAt });
  });

  routes.get('/:id/activity', async (c) => {
    const draft = await findDraft(app, c.get('credentials'), c.req.param('id'));
    return c.json(await app.listActivity(draft.initiativeId, draft.id));
  });

  routes.route('/', annotationRoutes(services));
  routes.route('/', exportRoutes(services));
  routes.route('/', versionRoutes(services));
  return routes;
}
