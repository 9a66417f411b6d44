import { Hono } from 'hono';
import { AcceptAmendmentBody, DeclineAmendmentBody, NewAmendmentBody, StanceBody, canManage, canWriteNotes } from '@charter/shared';
import { authorOf, type Credentials } from '../auth.js';
import type { AmendmentRow, AppStore } from '../store/types.js';
import { assertInitiative, requireInvite } from './auth.js';
import type { Env, Services } from './context.js';
import { findDraft } from './access.js';
import { forbidden, notFound } from './errors.js';
import { requireParticipant } from './participants.js';
import { readBody } from './validate.js';
import { tallyStances } from '../amendments/tally.js';

/** Everyone but viewers proposes and stands (the same people who may annotate). */
function assertMayTakePart(credentials: Credentials): void {
  if (!canWriteNotes(credentials.role)) throw forbidden('Your invite lets you read amendments, not propose or stand on them.');
}

function assertFacilitator(credentials: Credentials): void {
  if (!canManage(credentials.role)) throw forbidden('Only a facilitator decides on an amendment.');
}

/** The amendment, if it exists and the token's initiative holds it. */
async function findAmendment(app: AppStore, credentials: Credentials, id: string): Promise<AmendmentRow> {
  const amendment = await app.getAmendment(id);
  if (!amendment) throw notFound('amendment');
  assertInitiative(credentials, amendment.initiativeId);
  return amendment;
}

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
    assertMayTakePart(credentials);
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
    const [stances, people] = await Promise.all([app.listStances(amendment.draftId), app.listEveryParticipant(amendment.initiativeId)]);
    return c.json(tallyStances(stances.filter((s) => s.amendmentId === amendment.id), people));
  });

  routes.post('/:id/stances', async (c) => {
    const credentials = c.get('credentials');
    const amendment = await findAmendment(app, credentials, c.req.param('id'));
    const person = requireParticipant(credentials);
    assertMayTakePart(credentials);
    await amendments.stand(amendment, person, await readBody(c, StanceBody));
    collab.contributed({ draftId: amendment.draftId, person: person.id, kind: 'stance', ref: amendment.id, communities: credentials.communities, at: new Date().toISOString() });
    return c.json({ ok: true });
  });

  routes.post('/:id/withdraw', async (c) => {
    const credentials = c.get('credentials');
    const amendment = await findAmendment(app, credentials, c.req.param('id'));
    const person = requireParticipant(credentials);
    if (amendment.author?.id !== person.id) throw forbidden('Only the person who proposed an amendment withdraws it.');
    await amendments.withdraw(amendment, person);
    return c.json({ ok: true });
  });

  routes.post('/:id/accept', async (c) => {
    const credentials = c.get('credentials');
    const amendment = await findAmendment(app, credentials, c.req.param('id'));
    assertFacilitator(credentials);
    const body = await readBody(c, AcceptAmendmentBody, { optional: true });
    await amendments.accept(amendment.id, authorOf(credentials), body);
    return c.json({ ok: true });
  });

  routes.post('/:id/decline', async (c) => {
    const credentials = c.get('credentials');
    const amendment = await findAmendment(app, credentials, c.req.param('id'));
    assertFacilitator(credentials);
    const { note } = await readBody(c, DeclineAmendmentBody);
    await amendments.decline(amendment, authorOf(credentials), note);
    return c.json({ ok: true });
  });

  return routes;
}
