import { Hono } from 'hono';
import { CreateDraftBody, CreateInitiativeBody, NewInviteBody, canManage } from '@charter/shared';
import { createDraft, createInitiative, replaceInvite } from '../initiatives/commands.js';
import { presentCreatedInitiative, presentDraftSummary, presentInvite } from '../initiatives/present.js';
import { allow } from './access.js';
import { assertAdmin, assertInitiative, requireInvite } from './auth.js';
import type { Env, Services } from './context.js';
import { draftImportRoutes } from './draftImport.js';
import { notFound } from './errors.js';
import { initiativeNeedRoutes } from './needs.js';
import { rosterRoutes } from './participants.js';
import { RoleParams } from './queries.js';
import { readBody, readParams } from './validate.js';

export function initiativeRoutes(services: Services) {
  const { app, adminToken } = services;
  const routes = new Hono<Env>();
  const origin = (url: string) => new URL(url).origin;

  routes.post('/', async (c) => {
    assertAdmin(c.req.header('Authorization'), adminToken);
    const { id, tokens } = await createInitiative(app, await readBody(c, CreateInitiativeBody));
    return c.json(presentCreatedInitiative(origin(c.req.url), id, tokens), 201);
  });

  routes.use('/:id/*', requireInvite(app));
  routes.use('/:id', requireInvite(app));

  routes.get('/:id', async (c) => {
    assertInitiative(c.get('credentials'), c.req.param('id'));
    const initiative = await app.getInitiative(c.req.param('id'));
    if (!initiative) throw notFound('initiative');
    return c.json(initiative);
  });

  routes.get('/:id/drafts', async (c) => {
    assertInitiative(c.get('credentials'), c.req.param('id'));
    return c.json((await app.listDrafts(c.req.param('id'))).map(presentDraftSummary));
  });

  routes.post('/:id/drafts', async (c) => {
    const credentials = c.get('credentials');
    assertInitiative(credentials, c.req.param('id'));
    allow(canManage(credentials.role), 'Only a facilitator can start a draft.');
    const id = await createDraft(services, c.req.param('id'), await readBody(c, CreateDraftBody));
    return c.json({ id }, 201);
  });

  routes.route('/:id/drafts/import', draftImportRoutes(services));
  routes.route('/:id/needs', initiativeNeedRoutes(services));
  routes.route('/:id/participants', rosterRoutes(services));

  routes.post('/:id/invites/:role', async (c) => {
    const credentials = c.get('credentials');
    assertInitiative(credentials, c.req.param('id'));
    allow(canManage(credentials.role), 'Only a facilitator can issue invites.');
    const { role } = readParams(c, RoleParams);
    const { expiresAt } = await readBody(c, NewInviteBody, { optional: true });
    const invite = await replaceInvite(services, c.req.param('id'), role, expiresAt);
    return c.json(presentInvite(origin(c.req.url), invite.token, invite.expiresAt), 201);
  });

  return routes;
}
