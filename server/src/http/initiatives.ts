import { Hono } from 'hono';
import {
  CreateDraftBody,
  CreateInitiativeBody,
  NewInviteBody,
  ROLES,
  canManage,
  isRole,
  randomId,
  writeTemplate,
  type CreatedInitiative,
  type DraftSummary,
  type Invite,
  type Role,
} from '@charter/shared';
import { newToken, sameSecret } from '../auth.js';
import { bearer, assertInitiative, requireInvite } from './auth.js';
import type { Env, Services } from './context.js';
import { draftImportRoutes } from './draftImport.js';
import { inviteFor, issueInvite } from '../invites/issue.js';
import { AppError, forbidden, notFound } from './errors.js';
import { initiativeNeedRoutes } from './needs.js';
import { rosterRoutes } from './participants.js';
import { readBody } from './validate.js';

/** The longest an expiring invite may be given. */
const MAX_INVITE_LIFETIME_MS = 366 * 24 * 60 * 60 * 1000;

export function initiativeRoutes(services: Services) {
  const { app, collab, adminToken } = services;
  const routes = new Hono<Env>();

  routes.post('/', async (c) => {
    if (adminToken !== undefined) {
      const given = bearer(c.req.header('Authorization'));
      if (!given) throw new AppError(401, 'unauthorized', 'This server needs its admin token to start an initiative.');
      if (!sameSecret(given, adminToken)) throw forbidden('That admin token is not right.');
    }
    const body = await readBody(c, CreateInitiativeBody);
    const createdAt = new Date().toISOString();
    const id = randomId();
    const origin = new URL(c.req.url).origin;
    const tokens = ROLES.map((role) => ({ role, ...newToken() }));
    await app.createInitiative(
      { id, name: body.name, place: body.place, createdAt },
      tokens.map(({ role, hash }) => ({ role, tokenHash: hash })),
    );
    const invites = Object.fromEntries(tokens.map(({ role, token }) => [role, inviteFor(origin, token)])) as Record<Role, Invite>;
    const created: CreatedInitiative = { id, invites };
    return c.json(created, 201);
  });

  routes.use('/:id/*', requireInvite(app));
  routes.use('/:id', requireInvite(app));

  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    assertInitiative(c.get('credentials'), id);
    const initiative = await app.getInitiative(id);
    if (!initiative) throw notFound('initiative');
    return c.json(initiative);
  });

  routes.get('/:id/drafts', async (c) => {
    const id = c.req.param('id');
    assertInitiative(c.get('credentials'), id);
    const drafts = await app.listDrafts(id);
    // Archived drafts stay in the list, flagged, so nothing disappears for a script.
    return c.json(drafts.map(({ id, title, kind, status, updatedAt, archived }): DraftSummary => ({ id, title, kind, status, updatedAt, archived })));
  });

  routes.post('/:id/drafts', async (c) => {
    const id = c.req.param('id');
    const credentials = c.get('credentials');
    assertInitiative(credentials, id);
    if (!canManage(credentials.role)) throw forbidden('Only a facilitator can start a draft.');
    const body = await readBody(c, CreateDraftBody);
    const draftId = randomId();
    const language = body.language ?? body.template ?? 'en';
    await app.createDraft({ id: draftId, initiativeId: id, title: body.title, kind: body.kind, status: 'drafting', language, updatedAt: new Date().toISOString() });
    const lang = body.template;
    if (lang) await collab.changeBody(draftId, (doc) => writeTemplate(doc, body.kind, lang));
    return c.json({ id: draftId }, 201);
  });

  routes.route('/:id/drafts/import', draftImportRoutes(services));
  routes.route('/:id/needs', initiativeNeedRoutes(services));
  routes.route('/:id/participants', rosterRoutes(services));

  routes.post('/:id/invites/:role', async (c) => {
    const id = c.req.param('id');
    const role = c.req.param('role');
    const credentials = c.get('credentials');
    assertInitiative(credentials, id);
    if (!canManage(credentials.role)) throw forbidden('Only a facilitator can issue invites.');
    if (!isRole(role)) throw new AppError(400, 'invalid_request', `role: expected one of ${ROLES.join(', ')}.`);
    const { expiresAt } = await readBody(c, NewInviteBody, { optional: true });
    const now = new Date();
    const expiry = expiresAt === undefined ? null : new Date(expiresAt);
    if (expiry && (expiry <= now || expiry.getTime() - now.getTime() > MAX_INVITE_LIFETIME_MS)) {
      throw new AppError(400, 'invalid_request', 'expiresAt: must be in the future and within a year.');
    }
    const token = await issueInvite(app, id, role, now, expiry);
    await collab.revoke(id, role);
    // The address the request came in on: one the person can reach.
    const invite = inviteFor(new URL(c.req.url).origin, token);
    return c.json(expiry ? { ...invite, expiresAt: expiry.toISOString() } : invite, 201);
  });

  return routes;
}
