import { Hono } from 'hono';
import { NewAnnotationBody, canWriteNotes } from '@charter/shared';
import { annotate, assertAnnotatable, readClauses, readCoverage } from '../annotations/commands.js';
import { allow, findDraft } from './access.js';
import type { Env, Services } from './context.js';
import { ClausesQuery, CoverageQuery } from './queries.js';
import { readBody, readQuery } from './validate.js';

/**
 * A draft's clauses and annotations: `GET clauses`, `GET coverage`, and
 * `POST annotations`. Mounted inside the draft routes, which check the token.
 */
export function annotationRoutes(services: Services) {
  const routes = new Hono<Env>();

  routes.get('/:id/clauses', async (c) => {
    const draft = await findDraft(services.app, c.get('credentials'), c.req.param('id'));
    return c.json(await readClauses(services, draft, readQuery(c, ClausesQuery)));
  });

  routes.get('/:id/coverage', async (c) => {
    const draft = await findDraft(services.app, c.get('credentials'), c.req.param('id'));
    return c.json(await readCoverage(services, draft, readQuery(c, CoverageQuery).lang));
  });

  routes.post('/:id/annotations', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(services.app, credentials, c.req.param('id'));
    allow(canWriteNotes(credentials.role), 'Your invite lets you read annotations, not add them.');
    assertAnnotatable(draft);
    const id = await annotate(services, draft, credentials, await readBody(c, NewAnnotationBody));
    return c.json({ id }, 201);
  });

  return routes;
}
