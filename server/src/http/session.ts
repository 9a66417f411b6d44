import { Hono } from 'hono';
import type { Session } from '@charter/shared';
import { requireInvite } from './auth.js';
import type { Env, Services } from './context.js';
import { notFound } from './errors.js';

/** What an invite token opens: its role and its initiative. */
export function sessionRoutes({ app }: Services) {
  const routes = new Hono<Env>();
  routes.use('*', requireInvite(app));
  routes.get('/', async (c) => {
    const { initiativeId, role } = c.get('credentials');
    const initiative = await app.getInitiative(initiativeId);
    if (!initiative) throw notFound('initiative');
    const session: Session = { role, initiative };
    return c.json(session);
  });
  return routes;
}
