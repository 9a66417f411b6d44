import { Hono } from 'hono';
import { CreateVersionBody, canManage, canSaveVersion, diffClauses, type Clause, type Draft, type DraftDiff } from '@charter/shared';
import { authorOf, type Credentials } from '../auth.js';
import { restoreVersion } from '../versions/restore.js';
import { saveVersion } from '../versions/save.js';
import { currentClauses, findVersion } from '../versions/texts.js';
import type { Env, Services } from './context.js';
import { findDraft } from './access.js';
import { AppError, forbidden } from './errors.js';
import { requireParticipant } from './participants.js';
import { readBody } from './validate.js';

/**
 * A draft's versions and what changed: save and list versions, the diff of
 * two texts, a person's "reviewed" mark, and restore. Mounted inside the draft
 * routes, which check the token.
 */
export function versionRoutes(services: Services) {
  const { app, collab } = services;
  const routes = new Hono<Env>();

  routes.post('/:id/versions', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    if (!canSaveVersion(credentials.role)) throw forbidden('Only a facilitator or an editor can save a version.');
    const { name } = await readBody(c, CreateVersionBody);
    return c.json(await saveVersion(services, draft, 'named', name, authorOf(credentials)), 201);
  });

  routes.get('/:id/versions', async (c) => {
    const draft = await findDraft(app, c.get('credentials'), c.req.param('id'));
    return c.json(await app.listVersions(draft.id));
  });

  routes.post('/:id/versions/:vid/restore', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    if (!canManage(credentials.role)) throw forbidden('Only a facilitator can restore a version.');
    const saved = await restoreVersion(services, draft, c.req.param('vid'), authorOf(credentials));
    return c.json({ restored: c.req.param('vid'), saved });
  });

  routes.get('/:id/diff', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    const from = c.req.query('from');
    const to = c.req.query('to') ?? 'current';
    if (!from) throw new AppError(400, 'invalid_request', 'from: give a version id or "reviewed".');
    if (to === 'reviewed') throw new AppError(400, 'invalid_request', 'to: give a version id or "current".');
    const [before, after] = await Promise.all([
      from === 'reviewed' ? reviewedClauses(credentials, draft) : sideClauses(draft, from),
      sideClauses(draft, to),
    ]);
    const diff: DraftDiff = { from, to, clauses: diffClauses(before, after) };
    return c.json(diff);
  });

  routes.post('/:id/reviewed', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    const person = requireParticipant(credentials);
    const clauses = await currentClauses(collab, draft);
    const at = new Date().toISOString();
    await app.saveReviewedMark(draft.id, person.id, { at, clauses });
    return c.json({ at });
  });

  routes.get('/:id/reviewed', async (c) => {
    const credentials = c.get('credentials');
    const draft = await findDraft(app, credentials, c.req.param('id'));
    const mark = await app.getReviewedMark(draft.id, requireParticipant(credentials).id);
    return c.json({ at: mark?.at ?? null });
  });

  /** The clauses of one side of a diff: a version's, or the live text's. */
  async function sideClauses(draft: Draft, side: string): Promise<Clause[]> {
    if (side === 'current') return currentClauses(collab, draft);
    return (await findVersion(app, draft, side)).clauses;
  }

  /** The clauses as this person last marked them reviewed; none if they never did. */
  async function reviewedClauses(credentials: Credentials, draft: Draft): Promise<Clause[]> {
    const mark = await app.getReviewedMark(draft.id, requireParticipant(credentials).id);
    return mark?.clauses ?? [];
  }

  return routes;
}
