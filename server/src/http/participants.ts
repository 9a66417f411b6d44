import { Hono } from 'hono';
import { JoinBody, UpdateParticipantBody, canManage, type JoinedParticipant } from '@charter/shared';
import type { Credentials } from '../auth.js';
import { findMe, join, removePerson, updateMe } from '../people/commands.js';
import { presentParticipant, presentRosterEntry } from '../people/present.js';
import { allow } from './access.js';
import { assertInitiative, requireInvite } from './auth.js';
import type { Env, Services } from './context.js';
import { AppError } from './errors.js';
import { readBody } from './validate.js';

/** The person a personal token names; an invite token names nobody (403 `participant_required`). */
export function requireParticipant(credentials: Credentials): { id: string; name: string } {
  if (!credentials.participant) {
    throw new AppError(403, 'participant_required', 'This needs a personal token: join with your invite link first (POST /api/participants).');
  }
  return credentials.participant;
}

/**
 * People: `POST /api/participants` (join with an invite), `GET`/`PATCH me`,
 * and `DELETE /:id` (a facilitator removes one person, nobody else).
 */
export function participantRoutes(services: Services) {
  const { app } = services;
  const routes = new Hono<Env>();
  routes.use('*', requireInvite(app));

  routes.post('/', async (c) => {
    const credentials = c.get('credentials');
    allow(!credentials.participant, 'Join with an invite link, not with a personal token.');
    const { person, token } = await join(app, credentials, await readBody(c, JoinBody));
    const joined: JoinedParticipant = { ...presentParticipant(person), token };
    return c.json(joined, 201);
  });

  routes.get('/me', async (c) => {
    return c.json(presentParticipant(await findMe(app, requireParticipant(c.get('credentials')))));
  });

  routes.patch('/me', async (c) => {
    const me = await findMe(app, requireParticipant(c.get('credentials')));
    return c.json(presentParticipant(await updateMe(app, me, await readBody(c, UpdateParticipantBody))));
  });

  routes.delete('/:id', async (c) => {
    const credentials = c.get('credentials');
    allow(canManage(credentials.role), 'Only a facilitator can remove a person.');
    await removePerson(services, credentials, c.req.param('id'));
    return c.body(null, 204);
  });

  return routes;
}

/** `GET /api/initiatives/:id/participants`: the facilitator's roster. Mounted inside the initiative routes. */
export function rosterRoutes({ app, collab }: Services) {
  const routes = new Hono<Env>();
  routes.get('/', async (c) => {
    const credentials = c.get('credentials');
    const initiativeId = c.req.param('id') ?? '';
    assertInitiative(credentials, initiativeId);
    allow(canManage(credentials.role), 'Only a facilitator can see who has joined.');
    const online = collab.onlineParticipants();
    return c.json((await app.listParticipants(initiativeId)).map((person) => presentRosterEntry(person, online)));
  });
  return routes;
}
