import { beforeAll, describe, expect, it } from 'vitest';
import type { AmendmentTally, Clause } from '@charter/shared';
import { createFixture, join, request } from '../support/api.js';
import { appendParagraph, connectClient, eventually, synced } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});

/** A draft with one clause, an amendment to it, and people of several communities who stand on it. */
async function setup() {
  const fixture = await createFixture(server.url);
  const { facilitator, editor, reviewer, viewer } = fixture.tokens;
  const people = await Promise.all([
    join(server.url, editor, 'Amina', ['Tenants', 'Eastside']),
    join(server.url, editor, 'Bo', ['tenants']),
    join(server.url, facilitator, 'Fay', ['Tenants']),
    join(server.url, editor, 'Eli', ['Eastside']),
    join(server.url, reviewer, 'Council member Rui', ['Tenants']),
    join(server.url, viewer, 'Vic', ['Tenants']),
  ]);
  const [amina, bo, fay, eli, rui, vic] = people;
  const writer = connectClient(server.collabUrl, fixture.draftId, amina.token);
  await synced(writer.provider);
  appendParagraph(writer.doc, 'Whereas every resident has a right to housing;');
  const [clause] = await eventually(
    async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: viewer })).body,
    (list) => list.length === 1,
    'the clause',
  );
  const proposed = await request<{ id: string }>(server.url, 'POST', `/api/drafts/${fixture.draftId}/amendments`, {
    token: amina.token,
    body: { clauseId: clause.id, text: 'Whereas every resident has a right to safe, affordable housing;' },
  });
  expect(proposed.status).toBe(201);
  return { ...fixture, id: proposed.body.id, amina, bo, fay, eli, rui, vic };
}

const stand = (id: string, token: string, stance: string, reason?: string) =>
  request(server.url, 'POST', `/api/amendments/${id}/stances`, { token, body: { stance, ...(reason ? { reason } : {}) } });

const tally = (id: string, token: string) => request<AmendmentTally & { error?: { code: string } }>(server.url, 'GET', `/api/amendments/${id}/tally`, { token });

describe('amendment tally by community', () => {
  it('counts residents by community and officials apart, with no name or id, for every role', async () => {
    const s = await setup();
    for (const [person, stance, reason] of [
      [s.amina, 'support'],
      [s.bo, 'object', 'Affordable for whom?'],
      [s.fay, 'support'],
      [s.eli, 'concern'],
      [s.rui, 'block', 'The budget cannot carry it.'],
    ] as const) {
      expect((await stand(s.id, person.token, stance, reason)).status).toBe(200);
    }
    // Bo changes his mind: his stance is replaced, not added.
    expect((await stand(s.id, s.bo.token, 'stand_aside')).status).toBe(200);

    const seen = await Promise.all([s.tokens.viewer, s.vic.token, s.tokens.editor, s.rui.token].map((token) => tally(s.id, token)));
    for (const response of seen) expect(response.status).toBe(200);
    const body = seen[0].body;
    expect(seen.map((r) => r.body)).toEqual([body, body, body, body]);
    expect(body.byStance).toEqual({ support: 2, stand_aside: 1, concern: 1, object: 0, block: 1 });
    expect(body.residents).toEqual({ support: 2, stand_aside: 1, concern: 1, object: 0, block: 0 });
    expect(body.officials).toEqual({ support: 0, stand_aside: 0, concern: 0, object: 0, block: 1 });
    // Tenants: Amina, Bo, Fay ("tenants" and "Tenants" are one community); the official is not among them.
    expect(body.communities).toEqual([{ community: 'Tenants', people: 3, support: 2, stand_aside: 1, concern: 0, object: 0, block: 0 }]);
    // Eastside has two residents who stood: counted, never named.
    expect(body.smallCommunities).toBe(1);
    expect(body.withoutCommunity).toBe(0);
    const text = JSON.stringify(body);
    for (const person of [s.amina, s.bo, s.fay, s.eli, s.rui]) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.name);
    }
    expect(text).not.toContain('Eastside');
  });

  it('answers an unknown amendment 404, a bad token 401 and another initiative’s token 403, as JSON', async () => {
    const s = await setup();
    const other = await createFixture(server.url);
    const unknown = await tally('no-such-amendment', s.tokens.viewer);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.code).toBeTruthy();
    expect((await tally(s.id, 'not-a-token')).status).toBe(401);
    const foreign = await tally(s.id, other.tokens.facilitator);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error?.code).toBeTruthy();
  });
});
