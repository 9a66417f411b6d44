import { Hono } from 'hono';
import { readParticipation } from '../participation.js';
import { findDraft } from './access.js';
import type { Env, Services } from './context.js';

/** `GET /api/drafts/:id/participation` (any role): whose voices shape the text. Mounted inside the draft routes. */
export function participationRoutes(services: Services) {
  const routes = new Hono<Env>();
  routes.get('/:id/participation', async (c) => {
    const draft = await findDraft(services.app, c.get('credentials'), c.req.param('id'));
    return c.json(await readParticipation(services, draft));
  });
  return routes;
}
