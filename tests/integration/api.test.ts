import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause, CreatedInitiative, Draft, DraftSummary, Principle, Session } from '@charter/shared';
import { createFixture, request, type Fixture } from '../support/api.js';
import { eventually } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let fixture: Fixture;
beforeAll(async () => {
  server = await startServer();
  fixture = await createFixture(server.url);
});

describe('health and errors', () => {
  it('answers /healthz', async () => {
    expect(await request(server.url, 'GET', '/healthz')).toEqual({ status: 200, body: { ok: true } });
  });

  it('sends security headers and a strict content security policy with pages', async () => {
    const response = await fetch(`${server.url}/join/some-token`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // Invite tokens sit in page addresses: they must not leak to other sites as a referrer.
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers an unknown API route with the error shape', async () => {
    const response = await request<{ error: { code: string } }>(server.url, 'GET', '/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('refuses a body over the limit with 413 and stores nothing', async () => {
    const response = await request<{ error: { code: string } }>(server.url, 'POST', '/api/initiatives', {
      body: { name: 'x'.repeat(100_000), place: 'y' },
    });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('too_large');
  });

  it('ends the connection after refusing a body too large to read, so the next request is not lost in its remainder', async () => {
    const lost: string[] = [];
    for (let i = 0; i < 10; i++) {
      // Megabytes the server does not read. The answer is a 413 that ends the connection; a
      // client still sending when the connection ends may see only that, never a later failure.
      const refused = await fetch(`${server.url}/api/initiatives`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'x'.repeat(2_000_000) }).then(
        async (response) => ({ status: response.status, connection: response.headers.get('connection'), text: await response.text() }),
        () => null,
      );
      if (refused) expect(refused).toMatchObject({ status: 413, connection: 'close' });
      const next = await fetch(`${server.url}/api/principles`).then(
        (response) => response.status,
        (error: Error) => lost.push(String(error.cause ?? error)),
      );
      if (typeof next === 'number') expect(next).toBe(200);
    }
    expect(lost).toEqual([]);
  });

  it.each([
    ['not JSON', '{name:', 'invalid_json'],
    ['a missing field', JSON.stringify({ name: 'Only a name' }), 'invalid_request'],
    ['a wrong type', JSON.stringify({ name: 5, place: 'Town' }), 'invalid_request'],
    ['an empty name', JSON.stringify({ name: '   ', place: 'Town' }), 'invalid_request'],
    ['an unknown field', JSON.stringify({ name: 'A', place: 'B', admin: true }), 'invalid_request'],
    ['an array', '[]', 'invalid_request'],
  ])('answers %s with a 400 that names the problem', async (_case, rawBody, code) => {
    const response = await request<{ error: { code: string; message: string } }>(server.url, 'POST', '/api/initiatives', { rawBody });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message.length).toBeGreaterThan(5);
  });
});

describe('initiatives', () => {
  it('creates an initiative with four invite links', async () => {
    const response = await request<CreatedInitiative>(server.url, 'POST', '/api/initiatives', {
      body: { name: 'Ciudad de Derechos Humanos', place: 'Santa Fe' },
    });
    expect(response.status).toBe(201);
    expect(response.body.id).toMatch(/^[A-Za-z0-9_-]+$/);
    const roles = Object.keys(response.body.invites).sort();
    expect(roles).toEqual(['editor', 'facilitator', 'reviewer', 'viewer']);
    const tokens = new Set<string>();
    for (const invite of Object.values(response.body.invites)) {
      expect(invite.url).toBe(`${server.url}/join/${invite.token}`);
      tokens.add(invite.token);
    }
    expect(tokens.size).toBe(4);
  });

  it('tells a token its role and initiative', async () => {
    const response = await request<Session>(server.url, 'GET', '/api/session', { token: fixture.tokens.reviewer });
    expect(response.status).toBe(200);
    expect(response.body.role).toBe('reviewer');
    expect(response.body.initiative).toMatchObject({ id: fixture.initiative.id, name: 'Human Rights City of Riverside', place: 'Riverside' });
  });
});

describe('drafts', () => {
  it('lists drafts to every role, newest change included', async () => {
    for (const token of Object.values(fixture.tokens)) {
      const response = await request<DraftSummary[]>(server.url, 'GET', `/api/initiatives/${fixture.initiative.id}/drafts`, { token });
      expect(response.status).toBe(200);
      expect(response.body).toEqual([
        { id: fixture.draftId, title: 'Riverside Human Rights Charter', kind: 'charter', status: 'drafting', updatedAt: expect.any(String), archived: false },
      ]);
      expect(Number.isNaN(Date.parse(response.body[0].updatedAt))).toBe(false);
    }
  });

  it('lets only a facilitator start a draft', async () => {
    const path = `/api/initiatives/${fixture.initiative.id}/drafts`;
    const body = { title: 'Ordinance on language access', kind: 'ordinance' };
    for (const role of ['editor', 'reviewer', 'viewer'] as const) {
      expect((await request(server.url, 'POST', path, { token: fixture.tokens[role], body })).status).toBe(403);
    }
    const created = await request<{ id: string }>(server.url, 'POST', path, { token: fixture.tokens.facilitator, body });
    expect(created.status).toBe(201);
    const draft = await request<Draft>(server.url, 'GET', `/api/drafts/${created.body.id}`, { token: fixture.tokens.viewer });
    expect(draft.body).toMatchObject({ id: created.body.id, title: body.title, kind: 'ordinance', status: 'drafting', initiativeId: fixture.initiative.id });
  });

  it('starts a draft from the template of its kind, in the chosen language', async () => {
    const path = `/api/initiatives/${fixture.initiative.id}/drafts`;
    const created = await request<{ id: string }>(server.url, 'POST', path, {
      token: fixture.tokens.facilitator,
      body: { title: 'Resolución de Ciudad de Derechos Humanos', kind: 'resolution', template: 'es' },
    });
    expect(created.status).toBe(201);
    const clauses = await request<Clause[]>(server.url, 'GET', `/api/drafts/${created.body.id}/clauses`, { token: fixture.tokens.viewer });
    const texts = clauses.body.map((c) => c.text);
    expect(texts.slice(0, 3)).toEqual([
      'Considerandos',
      'CONSIDERANDO [una necesidad que registró la comunidad, en sus propias palabras];',
      'CONSIDERANDO [el compromiso de derechos humanos que la atiende];',
    ]);
    expect(texts).toEqual(expect.arrayContaining(['Implementación', 'Reparación', 'Definiciones']));
    expect(new Set(clauses.body.map((c) => c.id)).size).toBe(clauses.body.length);
    const blank = await request<{ id: string }>(server.url, 'POST', path, { token: fixture.tokens.facilitator, body: { title: 'Blank', kind: 'charter' } });
    expect((await request<Clause[]>(server.url, 'GET', `/api/drafts/${blank.body.id}/clauses`, { token: fixture.tokens.viewer })).body).toEqual([]);
    expect((await request(server.url, 'POST', path, { token: fixture.tokens.facilitator, body: { title: 'X', kind: 'charter', template: 'de' } })).status).toBe(400);
  });

  it('refuses a draft of an unknown kind', async () => {
    const response = await request(server.url, 'POST', `/api/initiatives/${fixture.initiative.id}/drafts`, {
      token: fixture.tokens.facilitator,
      body: { title: 'Memo', kind: 'memo' },
    });
    expect(response.status).toBe(400);
  });

  it('lets a facilitator rename a draft and change its status', async () => {
    const path = `/api/drafts/${fixture.draftId}`;
    expect((await request(server.url, 'PATCH', path, { token: fixture.tokens.editor, body: { title: 'Mine' } })).status).toBe(403);
    expect((await request(server.url, 'PATCH', path, { token: fixture.tokens.facilitator, body: {} })).status).toBe(400);
    expect((await request(server.url, 'PATCH', path, { token: fixture.tokens.facilitator, body: { status: 'final' } })).status).toBe(400);
    const renamed = await request<DraftSummary>(server.url, 'PATCH', path, {
      token: fixture.tokens.facilitator,
      body: { title: 'Riverside Charter of Rights', status: 'review' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ id: fixture.draftId, title: 'Riverside Charter of Rights', kind: 'charter', status: 'review', updatedAt: expect.any(String), archived: false });
    const back = await request<DraftSummary>(server.url, 'PATCH', path, { token: fixture.tokens.facilitator, body: { status: 'drafting' } });
    expect(back.body.status).toBe('drafting');
  });
});

describe('tokens', () => {
  it('answers no token or a bad one with 401', async () => {
    const path = `/api/initiatives/${fixture.initiative.id}/drafts`;
    expect((await request(server.url, 'GET', path)).status).toBe(401);
    expect((await request(server.url, 'GET', path, { token: 'not-a-real-token' })).status).toBe(401);
    expect((await request(server.url, 'GET', `/api/drafts/${fixture.draftId}`, { token: 'x'.repeat(5000) })).status).toBe(401);
  });

  it('answers a token of another initiative with 403', async () => {
    const other = await createFixture(server.url);
    expect((await request(server.url, 'GET', `/api/initiatives/${fixture.initiative.id}/drafts`, { token: other.tokens.facilitator })).status).toBe(403);
    expect((await request(server.url, 'GET', `/api/drafts/${fixture.draftId}`, { token: other.tokens.viewer })).status).toBe(403);
    expect((await request(server.url, 'PATCH', `/api/drafts/${fixture.draftId}`, { token: other.tokens.facilitator, body: { title: 'Taken' } })).status).toBe(403);
  });

  it('answers an unknown draft with 404', async () => {
    expect((await request(server.url, 'GET', '/api/drafts/no-such-draft', { token: fixture.tokens.viewer })).status).toBe(404);
  });

  it('replaces an invite: the old token stops working at once', async () => {
    const own = await createFixture(server.url);
    const path = `/api/initiatives/${own.initiative.id}/invites/editor`;
    expect((await request(server.url, 'POST', path, { token: own.tokens.editor })).status).toBe(403);
    expect((await request(server.url, 'POST', `/api/initiatives/${own.initiative.id}/invites/owner`, { token: own.tokens.facilitator })).status).toBe(400);
    const fresh = await request<{ token: string; url: string }>(server.url, 'POST', path, { token: own.tokens.facilitator });
    expect(fresh.status).toBe(201);
    expect(fresh.body.url).toBe(`${server.url}/join/${fresh.body.token}`);
    expect((await request(server.url, 'GET', '/api/session', { token: own.tokens.editor })).status).toBe(401);
    expect((await request<Session>(server.url, 'GET', '/api/session', { token: fresh.body.token })).body.role).toBe('editor');
  });
});

describe('expiring invites', () => {
  it('gives a new link an expiry, after which it is refused', async () => {
    const own = await createFixture(server.url);
    const path = `/api/initiatives/${own.initiative.id}/invites/viewer`;
    const past = new Date(Date.now() - 60_000).toISOString();
    expect((await request(server.url, 'POST', path, { token: own.tokens.facilitator, body: { expiresAt: past } })).status).toBe(400);
    expect((await request(server.url, 'POST', path, { token: own.tokens.facilitator, body: { expiresAt: 'tomorrow' } })).status).toBe(400);
    expect((await request(server.url, 'POST', path, { token: own.tokens.facilitator, rawBody: '{' })).status).toBe(400);

    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const invite = await request<{ token: string; expiresAt: string }>(server.url, 'POST', path, { token: own.tokens.facilitator, body: { expiresAt } });
    expect(invite.status).toBe(201);
    expect(invite.body.expiresAt).toBe(expiresAt);
    expect((await request(server.url, 'GET', '/api/session', { token: invite.body.token })).status).toBe(200);
    const refused = await eventually(
      async () => (await request(server.url, 'GET', '/api/session', { token: invite.body.token })).status,
      (status) => status === 401,
      'the invite to expire',
    );
    expect(refused).toBe(401);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(expiresAt));
  });
});

describe('principles', () => {
  it('lists the sixteen principles with stable ids', async () => {
    const response = await request<Principle[]>(server.url, 'GET', '/api/principles');
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(16);
    expect(response.body.filter((p) => p.family === 'hrc')).toHaveLength(10);
    expect(response.body.filter((p) => p.family === 'jemez')).toHaveLength(6);
    for (const principle of response.body) expect(principle.id).toMatch(new RegExp(`^${principle.family}\\.[a-z-]+$`));
    expect(response.body.find((p) => p.id === 'hrc.right-to-remedy')?.title).toBe('The right to remedy');
  });

  it('speaks Spanish and French', async () => {
    const es = await request<Principle[]>(server.url, 'GET', '/api/principles?lang=es');
    const fr = await request<Principle[]>(server.url, 'GET', '/api/principles?lang=fr');
    expect(es.body.find((p) => p.id === 'jemez.be-inclusive')?.title).toBe('Ser inclusivos');
    expect(fr.body.find((p) => p.id === 'hrc.right-to-the-city')?.title).toBe('Le droit à la ville');
    expect(es.body.map((p) => p.id)).toEqual(fr.body.map((p) => p.id));
    expect((await request(server.url, 'GET', '/api/principles?lang=xx')).status).toBe(400);
  });
});

describe('admin token', () => {
  it('guards creating an initiative when ADMIN_TOKEN is set', async () => {
    expect((await request(server.url, 'GET', '/api/settings')).body).toEqual({ adminTokenRequired: false });
    const guarded = await startServer({ env: { ADMIN_TOKEN: 'let-us-begin' } });
    expect((await request(guarded.url, 'GET', '/api/settings')).body).toEqual({ adminTokenRequired: true });
    const body = { name: 'Guarded', place: 'Town' };
    const none = await request<{ error: { code: string } }>(guarded.url, 'POST', '/api/initiatives', { body });
    expect(none.status).toBe(401);
    expect((await request(guarded.url, 'POST', '/api/initiatives', { body, token: 'wrong-token' })).status).toBe(403);
    expect((await request(guarded.url, 'POST', '/api/initiatives', { body, token: 'let-us-begin' })).status).toBe(201);
  });
});
