import { Hono } from 'hono';
import { NeedBody, UpdateNeedBody, canRecordNeeds } from '@charter/shared';
import { editNeed, listNeeds, recordNeed } from '../needs/commands.js';
import { presentNeed } from '../needs/present.js';
import { allow, findNeed } from './access.js';
import { assertInitiative, requireInvite } from './auth.js';
import type { Env, Services } from './context.js';
import { NeedsQuery } from './queries.js';
import { readBody, readQuery } from './validate.js';

const MAY_NOT_RECORD = 'Only facilitators and editors record needs.';

/**
 * The register under an initiative: `GET` (any role; `?community=`,
 * `?rightsArea=`, `?archived=true` to include archived needs) and `POST`.
 * Mounted inside the initiative routes, which check the token.
 */
export function initiativeNeedRoutes({ app }: Services) {
  const routes = new Hono<Env>();

  routes.get('/', async (c) => {
    const id = c.req.param('id') ?? '';
    assertInitiative(c.get('credentials'), id);
    const needs = await listNeeds(app, id, readQuery(c, NeedsQuery));
    return c.json(needs.map(presentNeed));
  });

  routes.post('/', async (c) => {
    const id = c.req.param('id') ?? '';
    const credentials = c.get('credentials');
    assertInitiative(credentials, id);
    allow(canRecordNeeds(credentials.role), MAY_NOT_RECORD);
    return c.json({ id: await recordNeed(app, id, credentials, await readBody(c, NeedBody)) }, 201);
  });

  return routes;
}

/** One need: `PATCH /api/needs/:id` edits or archives it (never deletes). */
export function needRoutes({ app }: Services) {
  const routes = new Hono<Env>();
  routes.use('*', requireInvite(app));

  routes.get('/:id', async (c) => c.json(presentNeed(await findNeed(app, c.get('credentials'), c.req.param('id')))));

  routes.patch('/:id', async (c) => {
    const credentials = c.get('credentials');
    const need = await findNeed(app, credentials, c.req.param('id'));
    allow(canRecordNeeds(credentials.role), MAY_NOT_RECORD);
    return c.json(presentNeed(await editNeed(app, need, await readBody(c, UpdateNeedBody))));
  });

  return routes;
}
