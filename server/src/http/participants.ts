import { Hono } from 'hono';
import { JoinBody, UpdateParticipantBody, canManage, randomId, type JoinedParticipant, type Participant, type RosterEntry } from '@charter/shared';
import { newToken, type Credentials } from '../auth.js';
import type { ParticipantRow } from '../store/types.js';
import { assertInitiative, requireInvite } from './auth.js';
import type { Env, Services } from './context.js';
import { AppError, forbidden, notFound } from './errors.js';
import { readBody } from './validate.js';

/** What a person is shown of themselves (communities included: they are theirs). */
export function presentParticipant({ id, name, role, communities, language }: ParticipantRow): Participant {
  return { id, name, role, communities, ...(language ? { language } : {}) };
}

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
export function participantRoutes({ app, collab }: Services) {
  const routes = new Hono<Env>();
  routes.use('*', requireInvite(app));

  routes.post('/', async (c) => {
    const credentials = c.get('credentials');
    if (credentials.participant) throw forbidden('Join with an invite link, not with a personal token.');
    const body = await readBody(c, JoinBody);
    const now = new Date().toISOString();
    const person: ParticipantRow = {
      id: randomId(),
      initiativeId: credentials.initiativeId,
      role: credentials.role,
      name: body.name,
      communities: [...new Set(body.communities ?? [])],
      ...(body.language ? { language: body.language } : {}),
      joinedAt: now,
      lastSeenAt: now,
    };
    const { token, hash } = newToken();
    await app.createParticipant(person, hash);
    const joined: JoinedParticipant = { ...presentParticipant(person), token };
    return c.json(joined, 201);
  });

  routes.get('/me', async (c) => {
    const me = await app.getParticipant(requireParticipant(c.get('credentials')).id);
    if (!me) throw notFound('person');
    return c.json(presentParticipant(me));
  });

  routes.patch('/me', async (c) => {
    const me = await app.getParticipant(requireParticipant(c.get('credentials')).id);
    if (!me) throw notFound('person');
    const patch = await readBody(c, UpdateParticipantBody);
    const updated: ParticipantRow = {
      ...me,
      ...patch,
      communities: patch.communities ? [...new Set(patch.communities)] : me.communities,
    };
    await app.saveParticipant(updated);
    return c.json(presentParticipant(updated));
  });

  routes.delete('/:id', async (c) => {
    const credentials = c.get('credentials');
    if (!canManage(credentials.role)) throw forbidden('Only a facilitator can remove a person.');
    const person = await app.getParticipant(c.req.param('id'));
    if (!person || person.removed) throw notFound('person');
    assertInitiative(credentials, person.initiativeId);
    const removed = await app.removeParticipant(person.id, {
      initiativeId: person.initiativeId,
      draftId: null,
      at: new Date().toISOString(),
      kind: 'participant_removed',
      author: credentials.participant,
      detail: person.name,
    });
    if (!removed) throw notFound('person');
    await collab.removeParticipant(person.id);
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
    if (!canManage(credentials.role)) throw forbidden('Only a facilitator can see who has joined.');
    const online = collab.onlineParticipants();
    const roster = (await app.listParticipants(initiativeId)).map(
      (person): RosterEntry => ({ ...presentParticipant(person), joinedAt: person.joinedAt, lastSeenAt: person.lastSeenAt, online: online.has(person.id) }),
    );
    return c.json(roster);
  });
  return routes;
}
