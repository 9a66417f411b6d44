import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause, DraftSummary } from '@charter/shared';
import { createFixture, join, request, type Fixture } from '../support/api.js';
import { appendParagraph, connectClient, eventually, synced } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});

const list = async (fixture: Fixture, token = fixture.tokens.viewer) =>
  (await request<DraftSummary[]>(server.url, 'GET', `/api/initiatives/${fixture.initiative.id}/drafts`, { token })).body;
const patch = (fixture: Fixture, body: unknown, token = fixture.tokens.facilitator, id = fixture.draftId) =>
  request<DraftSummary & { error?: { code: string } }>(server.url, 'PATCH', `/api/drafts/${id}`, { token, body });

describe('archiving a draft', () => {
  it('keeps it in the list with its flag, and restores it', async () => {
    const fixture = await createFixture(server.url);
    expect(await list(fixture)).toMatchObject([{ id: fixture.draftId, archived: false }]);

    const archived = await patch(fixture, { archived: true });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ id: fixture.draftId, title: 'Riverside Human Rights Charter', status: 'drafting', archived: true });
    const listed = await list(fixture);
    expect(listed).toHaveLength(1);
    expect(Object.keys(listed[0]).sort()).toEqual(['archived', 'id', 'kind', 'status', 'title', 'updatedAt']);
    expect(listed[0].archived).toBe(true);

    expect((await patch(fixture, { archived: false })).body.archived).toBe(false);
    expect((await list(fixture))[0].archived).toBe(false);
  });

  it('is a facilitator\'s: 403 for every other role, 4xx JSON for a bad flag', async () => {
    const fixture = await createFixture(server.url);
    for (const role of ['editor', 'reviewer', 'viewer'] as const) {
      const response = await patch(fixture, { archived: true }, fixture.tokens[role]);
      expect(response.status).toBe(403);
      expect(response.body.error?.code).toBe('forbidden');
    }
    for (const body of [{ archived: 'yes' }, { archived: null }, {}]) {
      const response = await patch(fixture, body);
      expect(response.status).toBe(400);
      expect(response.body.error?.code).toBe('invalid_request');
    }
    expect((await list(fixture))[0].archived).toBe(false);
  });

  it('works on an adopted draft, whose title still cannot change (409)', async () => {
    const fixture = await createFixture(server.url);
    expect((await patch(fixture, { status: 'adopted' })).status).toBe(200);
    const renamed = await patch(fixture, { title: 'Another name' });
    expect(renamed.status).toBe(409);
    expect(renamed.body.error?.code).toBe('adopted');
    expect((await patch(fixture, { archived: true })).body).toMatchObject({ status: 'adopted', archived: true, title: 'Riverside Human Rights Charter' });
  });
});

describe('duplicating a draft', () => {
  it('makes a drafting copy with the text and its principle and need links, not its comments', async () => {
    const fixture = await createFixture(server.url);
    const writer = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
    await synced(writer.provider);
    appendParagraph(writer.doc, 'Whereas housing is a human right;');
    appendParagraph(writer.doc, 'Every resident may speak at the council in their own language.');
    const clauses = await eventually(
      async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: fixture.tokens.viewer })).body,
      (found) => found.length === 2,
      'both clauses',
    );
    writer.provider.destroy();
    const need = await request<{ id: string }>(server.url, 'POST', `/api/initiatives/${fixture.initiative.id}/needs`, {
      token: fixture.tokens.facilitator,
      body: { statement: 'Interpreters at every hearing', communities: ['Riverside Vietnamese Association'], rightsArea: 'participation', source: 'Listening session' },
    });
    const annotate = (body: unknown) =>
      request(server.url, 'POST', `/api/drafts/${fixture.draftId}/annotations`, { token: fixture.tokens.reviewer, body });
    expect((await annotate({ clauseId: clauses[0].id, type: 'principle', principleId: 'hrc.right-to-the-city' })).status).toBe(201);
    expect((await annotate({ clauseId: clauses[1].id, type: 'need', needId: need.body.id })).status).toBe(201);
    expect((await annotate({ clauseId: clauses[1].id, type: 'comment', text: 'Which languages?' })).status).toBe(201);
    expect((await patch(fixture, { status: 'review' })).status).toBe(200);

    const copy = await request<{ id: string }>(server.url, 'POST', `/api/drafts/${fixture.draftId}/duplicate`, { token: fixture.tokens.facilitator });
    expect(copy.status).toBe(201);
    expect(copy.body.id).not.toBe(fixture.draftId);

    const drafts = await list(fixture);
    expect(drafts.find((d) => d.id === copy.body.id)).toMatchObject({ title: 'Riverside Human Rights Charter (copy)', kind: 'charter', status: 'drafting', archived: false });
    expect(drafts.find((d) => d.id === fixture.draftId)?.status).toBe('review');
    const copied = (await request<Clause[]>(server.url, 'GET', `/api/drafts/${copy.body.id}/clauses`, { token: fixture.tokens.viewer })).body;
    expect(copied.map(({ text, principles, needs, comments }) => ({ text, principles, needs, comments }))).toEqual([
      { text: 'Whereas housing is a human right;', principles: ['hrc.right-to-the-city'], needs: [], comments: 0 },
      { text: 'Every resident may speak at the council in their own language.', principles: [], needs: [need.body.id], comments: 0 },
    ]);
    // The copy is drafting: an editor writes in it while the original stays locked in review.
    const editor = connectClient(server.collabUrl, copy.body.id, fixture.tokens.editor);
    await synced(editor.provider);
    appendParagraph(editor.doc, 'A third clause, in the copy only.');
    await eventually(
      async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${copy.body.id}/clauses`, { token: fixture.tokens.viewer })).body,
      (found) => found.length === 3,
      'the clause written in the copy',
    );
    editor.provider.destroy();
  });

  it('takes a title, answers 403 to other roles and 4xx JSON to bad input', async () => {
    const fixture = await createFixture(server.url);
    const duplicate = (body: unknown, token = fixture.tokens.facilitator, id = fixture.draftId) =>
      request<{ id?: string; error?: { code: string } }>(server.url, 'POST', `/api/drafts/${id}/duplicate`, { token, body });
    const named = await duplicate({ title: 'Charter, second try' });
    expect(named.status).toBe(201);
    expect((await list(fixture)).find((d) => d.id === named.body.id)?.title).toBe('Charter, second try');

    const person = await join(server.url, fixture.tokens.editor, 'Amina');
    for (const token of [fixture.tokens.editor, fixture.tokens.reviewer, fixture.tokens.viewer, person.token]) {
      const response = await duplicate({}, token);
      expect(response.status).toBe(403);
      expect(response.body.error?.code).toBe('forbidden');
    }
    for (const body of [{ title: '' }, { title: 'x'.repeat(201) }, { title: 7 }, { status: 'adopted' }]) {
      const response = await duplicate(body);
      expect(response.status).toBe(400);
      expect(response.body.error?.code).toBe('invalid_request');
    }
    const unknown = await duplicate({}, fixture.tokens.facilitator, 'nosuchdraft00000');
    expect(unknown.status).toBe(404);
    const other = await createFixture(server.url);
    expect((await duplicate({}, other.tokens.facilitator)).status).toBe(403);
    expect(await list(fixture)).toHaveLength(2);
  });

  it('cuts a long title so the copy\'s stays within 200 characters', async () => {
    const fixture = await createFixture(server.url);
    const long = 'A'.repeat(200);
    expect((await patch(fixture, { title: long })).status).toBe(200);
    const copy = await request<{ id: string }>(server.url, 'POST', `/api/drafts/${fixture.draftId}/duplicate`, { token: fixture.tokens.facilitator });
    const title = (await list(fixture)).find((d) => d.id === copy.body.id)!.title;
    expect(title).toHaveLength(200);
    expect(title.endsWith(' (copy)')).toBe(true);
  });
});
