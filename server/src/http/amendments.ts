import { Hono } from 'hono';
import { AcceptAmendmentBody, DeclineAmendmentBody, NewAmendmentBody, StanceBody, canManage, canWriteNotes } from '@charter/shared';
import { authorOf } from '../auth.js';
import { requireInvite } from './auth.js';
import type { Env, Services } from './context.js';
import { allow, findAmendment, findDraft } from './access.js';
import { requireParticipant } from './participants.js';
import { readBody } from './validate.js';
import { readTally } from '../amendments/tally.js';

/** Everyone but viewers proposes and stands (the same people who may annotate). */
const MAY_NOT_TAKE_PART = 'Your invite lets you read amendments, not propose or stand on them.';
const MAY_NOT_DECIDE = 'Only a facilitator decides on an amendment.';

/** `GET`/`POST /api/drafts/:id/amendments`. Mounted inside the draft routes, which check the token. */
export function draftAmendmentRoutes({ app, amendments, collab }: Services) {
  const routes = new Hono<Env>();

  routes.get('/:id/amendments', async (c) => {
    const draft = await findDraft(app, c.get('credentials'), c.req.param('id'));
    return c.json(await amendments.list(draft.id));
  });

  routes.post('/:id/amendments', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    // A person first (any invite token is told to join), then a role that takes part.
    const author = requireParticipant(credentials);
    allow(canWriteNotes(credentials.role), MAY_NOT_TAKE_PART);
    const body = await readBody(c, NewAmendmentBody);
    const id = await amendments.propose(draft.id, author, body);
    collab.contributed({ draftId: draft.id, person: author.id, kind: 'amendment', ref: id, communities: credentials.communities, at: new Date().toISOString() });
    return c.json({ id }, 201);
  });

  return routes;
}

/** `/api/amendments/:id/tally|stances|withdraw|accept|decline`. */
export function amendmentRoutes({ app, amendments, collab }: Services) {
  const routes = new Hono<Env>();
  routes.use('*', requireInvite(app));

  // Any role: counts only, so it tells nobody whose stance or community is whose.
  routes.get('/:id/tally', async (c) => {
    const amendment = await findAmendment(app, c.get('credentials'), c.req.param('id'));
    return c.json(await readTally(app, amendment));
  });

  routes.post('/:id/stances', async (c) => {
    const credentials = c.get('credentials');
    const amendment = await findAmendment(app, credentials, c.req.param('id'));
    const person = requireParticipant(credentials);
    allow(canWriteNotes(credentials.role), MAY_NOT_TAKE_PART);
    await amendments.stand(amendment, person, await readBody(c, StanceBody));
    collab.contributed({ draftId: amendment.draftId, person: person.id, kind: 'stance', ref: amendment.id, communities: credentials.communities, at: new Date().toISOString() });
    return c.json({ ok: true });
  });

  routes.post('/:id/withdraw', async (c) => {
    const credentials = c.get('credentials');
    const amendment = await findAmendment(app, credentials, c.req.param('id'));
    const person = requireParticipant(credentials);
    allow(amendment.author?.id === person.id, 'Only the person who proposed an amendment withdraws it.');
    await amendments.withdraw(amendment, person);
    return c.json({ ok: true });
  });

  routes.post('/:id/accept', async (c) => {
    const credentials = c.get('credentials');
    const amendment = await findAmendment(app, credentials, c.req.param('id'));
    allow(canManage(credentials.role), MAY_NOT_DECIDE);
    const body = await readBody(c, AcceptAmendmentBody, { optional: true });
    await amendments.accept(amendment.id, authorOf(credentials), body);
    return c.json({ ok: true });
  });

  routes.post('/:id/decline', async (c) => {
    const credentials = c.get('credentials');
    const amendment = await findAmendment(app, credentials, c.req.param('id'));
    allow(canManage(credentials.role), MAY_NOT_DECIDE);
    const { note } = await readBody(c, DeclineAmendmentBody);
    await amendments.decline(amendment, authorOf(credentials), note);
    return c.json({ ok: true });
  });

  return routes;
}
