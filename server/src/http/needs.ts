import { Hono, type Context } from 'hono';
import { NeedBody, RIGHTS_AREAS, UpdateNeedBody, canRecordNeeds, needAreas, randomId, type Need } from '@charter/shared';
import { authorOf, type Credentials } from '../auth.js';
import type { NeedRow } from '../store/types.js';
import { assertInitiative, requireInvite } from './auth.js';
import type { Env, Services } from './context.js';
import { AppError, forbidden, notFound } from './errors.js';
import { readBody } from './validate.js';

function toNeed({ initiativeId: _initiativeId, ...need }: NeedRow): Need {
  return need;
}

function assertMayRecord(credentials: Credentials): void {
  if (!canRecordNeeds(credentials.role)) throw forbidden('Only facilitators and editors record needs.');
}

/** Today's date as YYYY-MM-DD. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The register under an initiative: `GET` (any role; `?community=`,
 * `?rightsArea=`, `?archived=true` to include archived needs) and `POST`.
 * Mounted inside the initiative routes, which check the token.
 */
export function initiativeNeedRoutes({ app }: Services) {
  const routes = new Hono<Env>();

  routes.get('/', async (c) => {
    const id = initiativeId(c);
    assertInitiative(c.get('credentials'), id);
    const community = c.req.query('community')?.trim().toLowerCase();
    const rightsArea = c.req.query('rightsArea');
    if (rightsArea !== undefined && !(RIGHTS_AREAS as readonly string[]).includes(rightsArea)) {
      throw new AppError(400, 'invalid_request', `rightsArea: expected one of ${RIGHTS_AREAS.join(', ')}.`);
    }
    const withArchived = c.req.query('archived') === 'true';
    const needs = (await app.listNeeds(id)).filter(
      (need) =>
        (withArchived || !need.archived) &&
        (!rightsArea || (need.rightsAreas as string[]).includes(rightsArea)) &&
        (!community || need.communities.some((name) => name.toLowerCase() === community)),
    );
    return c.json(needs.map(toNeed));
  });

  routes.post('/', async (c) => {
    const id = initiativeId(c);
    const credentials = c.get('credentials');
    assertInitiative(credentials, id);
    assertMayRecord(credentials);
    const body = await readBody(c, NeedBody);
    const now = new Date().toISOString();
    const areas = needAreas(body);
    const need: NeedRow = {
      id: randomId(),
      initiativeId: id,
      statement: body.statement,
      communities: [...new Set(body.communities)],
      rightsArea: areas[0]!,
      rightsAreas: areas,
      source: body.source,
      date: body.date ?? today(),
      archived: false,
      author: authorOf(credentials),
      voice: body.voice ?? 'community',
      createdAt: now,
      updatedAt: now,
    };
    await app.createNeed(need);
    return c.json({ id: need.id }, 201);
  });

  return routes;
}

/** One need: `PATCH /api/needs/:id` edits or archives it (never deletes). */
export function needRoutes({ app }: Services) {
  const routes = new Hono<Env>();
  routes.use('*', requireInvite(app));

  routes.get('/:id', async (c) => c.json(toNeed(await findNeed(c))));

  routes.patch('/:id', async (c) => {
    const need = await findNeed(c);
    assertMayRecord(c.get('credentials'));
    const { rightsArea, rightsAreas, ...patch } = await readBody(c, UpdateNeedBody);
    const areas = needAreas({ rightsArea, rightsAreas });
    const updated: NeedRow = {
      ...need,
      ...patch,
      // New areas replace the old ones; none given keeps them.
      ...(areas.length > 0 ? { rightsArea: areas[0]!, rightsAreas: areas } : {}),
      communities: patch.communities ? [...new Set(patch.communities)] : need.communities,
      updatedAt: new Date().toISOString(),
    };
    await app.saveNeed(updated);
    return c.json(toNeed(updated));
  });

  async function findNeed(c: Context<Env>): Promise<NeedRow> {
    const need = await app.getNeed(c.req.param('id') ?? '');
    if (!need) throw notFound('need');
    assertInitiative(c.get('credentials'), need.initiativeId);
    return need;
  }

  return routes;
}

function initiativeId(c: Context<Env>): string {
  return c.req.param('id') ?? '';
}
