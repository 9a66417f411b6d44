import { Hono } from 'hono';
import type { Session } from '@charter/shared';
import { requireInvite } from './auth.js';
import type { Env, Services } from './context.js';
import { notFound } from './errors.js';
import { presentParticipant } from '../people/present.js';

/** What a token opens: its role, its initiative, and the person it names (if a personal token). */
export function sessionRoutes({ app }: Services) {
  const routes = new Hono<Env>();
  routes.use('*', requireInvite(app));
  routes.get('/', async (c) => {
    const { initiativeId, role, participant } = c.get('credentials');
    const initiative = await app.getInitiative(initiativeId);
    if (!initiative) throw notFound('initiative');
    const person = participant ? await app.getParticipant(participant.id) : null;
    const session: Session = { role, initiative, participant: person ? presentParticipant(person) : null };
    return c.json(session);
  });
  return routes;
}
