import { Hono } from 'hono';
import { authorId, buildClauseList, readAnnotations } from '@charter/shared';
import { buildParticipation } from '../participation.js';
import type { Env, Services } from './context.js';
import { findDraft } from './access.js';

/** `GET /api/drafts/:id/participation` (any role): whose voices shape the text. Mounted inside the draft routes. */
export function participationRoutes({ app, collab }: Services) {
  const routes = new Hono<Env>();
  routes.get('/:id/participation', async (c) => {
    const draft = await findDraft(app, c.get('credentials'), c.req.param('id'));
    await collab.flushContributions();
    const [people, contributions, register] = await Promise.all([
      app.listEveryParticipant(draft.initiativeId),
      app.listContributions(draft.id),
      app.listNeeds(draft.initiativeId),
    ]);
    const { answered, commentAuthors } = await collab.read(draft.id, (body, notes) => ({
      answered: new Set(buildClauseList(body, notes).flatMap((clause) => clause.needs)),
      commentAuthors: readAnnotations(notes).flatMap((a) => (a.type === 'comment' ? [authorId(a.author)] : [])),
    }));
    const needs = register.filter((need) => !need.archived);
    return c.json(buildParticipation({ people, contributions, commentAuthors, needs, answered }));
  });
  return routes;
}
