import { Hono } from 'hono';
import { CreateVersionBody, canManage, canSaveVersion } from '@charter/shared';
import { authorOf } from '../auth.js';
import { diffDraft, markReviewed } from '../versions/commands.js';
import { restoreVersion } from '../versions/restore.js';
import { saveVersion } from '../versions/save.js';
import { allow, findDraft } from './access.js';
import type { Env, Services } from './context.js';
import { requireParticipant } from './participants.js';
import { DiffQuery } from './queries.js';
import { readBody, readQuery } from './validate.js';

/**
 * A draft's versions and what changed: save and list versions, the diff of
 * two texts, a person's "reviewed" mark, and restore. Mounted inside the draft
 * routes, which check the token.
 */
export function versionRoutes(services: Services) {
  const { app } = services;
  const routes = new Hono<Env>();

  routes.post('/:id/versions', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    allow(canSaveVersion(credentials.role), 'Only a facilitator or an editor can save a version.');
    const { name } = await readBody(c, CreateVersionBody);
    return c.json(await saveVersion(services, draft, 'named', name, authorOf(credentials)), 201);
  });

  routes.get('/:id/versions', async (c) => {
    const draft = await findDraft(app, c.get('credentials'), c.req.param('id'));
    return c.json(await app.listVersions(draft.id));
  });

  routes.post('/:id/versions/:vid/restore', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    allow(canManage(credentials.role), 'Only a facilitator can restore a version.');
    const saved = await restoreVersion(services, draft, c.req.param('vid'), authorOf(credentials));
    return c.json({ restored: c.req.param('vid'), saved });
  });

  routes.get('/:id/diff', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    const { from, to } = readQuery(c, DiffQuery);
    return c.json(await diffDraft(services, draft, () => requireParticipant(credentials), from, to));
  });

  routes.post('/:id/reviewed', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    return c.json(await markReviewed(services, draft, requireParticipant(credentials)));
  });

  routes.get('/:id/reviewed', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    const mark = await app.getReviewedMark(draft.id, requireParticipant(credentials).id);
    return c.json({ at: mark?.at ?? null });
  });

  return routes;
}
