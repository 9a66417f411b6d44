import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ANNOTATIONS_MAP, notesDocName, type Clause, type Coverage, type Need } from '@charter/shared';
import { createFixture, request, type Fixture } from '../support/api.js';
import { appendParagraph, connectClient, eventually, synced, waitFor } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});

const housing = {
  statement: 'Rent has doubled and families are pushed out of the east side.',
  communities: ['Tenants of the east side', 'Latino families'],
  rightsArea: 'housing',
  source: 'Listening session at the community centre',
  date: '2026-10-04',
};
const transit = {
  statement: 'There is no night bus for people who work late shifts.',
  communities: ['Night-shift workers'],
  rightsArea: 'mobility',
  source: 'Survey of 312 residents',
};

/** A draft with four clauses written by a stock client, and its clause ids. */
async function draftWithClauses(): Promise<{ fixture: Fixture; ids: string[]; body: Y.Doc }> {
  const fixture = await createFixture(server.url);
  const writer = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
  await synced(writer.provider);
  for (const text of ['Whereas housing is a human right;', 'Whereas transit connects us;', 'Resolved, rents shall be fair;', 'Resolved, buses run all night.']) {
    appendParagraph(writer.doc, text);
  }
  const clauses = await eventually(
    async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: fixture.tokens.viewer })).body,
    (list) => list.length === 4,
    'four clauses through the API',
  );
  return { fixture, ids: clauses.map((c) => c.id), body: writer.doc };
}

describe('needs register', () => {
  it('records, lists, filters, edits and archives needs, by role', async () => {
    const { initiative, tokens } = await createFixture(server.url);
    const path = `/api/initiatives/${initiative.id}/needs`;
    for (const role of ['reviewer', 'viewer'] as const) {
      expect((await request(server.url, 'POST', path, { token: tokens[role], body: housing })).status).toBe(403);
    }
    const first = await request<{ id: string }>(server.url, 'POST', path, { token: tokens.facilitator, body: housing });
    const second = await request<{ id: string }>(server.url, 'POST', path, { token: tokens.editor, body: transit });
    expect([first.status, second.status]).toEqual([201, 201]);

    const all = await request<Need[]>(server.url, 'GET', path, { token: tokens.viewer });
    expect(all.body.map((n) => n.statement)).toEqual([housing.statement, transit.statement]);
    expect(all.body[0]).toMatchObject({ ...housing, archived: false });
    expect(all.body[1].date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const byArea = await request<Need[]>(server.url, 'GET', `${path}?rightsArea=mobility`, { token: tokens.reviewer });
    expect(byArea.body.map((n) => n.id)).toEqual([second.body.id]);
    const byCommunity = await request<Need[]>(server.url, 'GET', `${path}?community=${encodeURIComponent('latino families')}`, { token: tokens.reviewer });
    expect(byCommunity.body.map((n) => n.id)).toEqual([first.body.id]);
    expect((await request(server.url, 'GET', `${path}?rightsArea=space`, { token: tokens.reviewer })).status).toBe(400);

    const needPath = `/api/needs/${second.body.id}`;
    expect((await request(server.url, 'PATCH', needPath, { token: tokens.reviewer, body: { archived: true } })).status).toBe(403);
    const edited = await request<Need>(server.url, 'PATCH', needPath, { token: tokens.editor, body: { source: 'Survey of 340 residents' } });
    expect(edited.body).toMatchObject({ source: 'Survey of 340 residents', statement: transit.statement });
    expect((await request(server.url, 'PATCH', needPath, { token: tokens.facilitator, body: { archived: true } })).status).toBe(200);
    expect((await request<Need[]>(server.url, 'GET', path, { token: tokens.viewer })).body).toHaveLength(1);
    const withArchived = await request<Need[]>(server.url, 'GET', `${path}?archived=true`, { token: tokens.viewer });
    expect(withArchived.body.find((n) => n.id === second.body.id)?.archived).toBe(true);
  });

  it.each([
    ['an unknown rights area', { ...housing, rightsArea: 'space' }],
    ['no community', { ...housing, communities: [] }],
    ['an empty statement', { ...housing, statement: '  ' }],
    ['an oversized statement', { ...housing, statement: 'x'.repeat(2001) }],
    ['a bad date', { ...housing, date: '4 October' }],
    ['an unknown field', { ...housing, priority: 1 }],
  ])('refuses a need with %s, storing nothing', async (_case, body) => {
    const { initiative, tokens } = await createFixture(server.url);
    const path = `/api/initiatives/${initiative.id}/needs`;
    expect((await request(server.url, 'POST', path, { token: tokens.facilitator, body })).status).toBe(400);
    expect((await request<Need[]>(server.url, 'GET', path, { token: tokens.facilitator })).body).toEqual([]);
  });

  it('keeps each register to its initiative', async () => {
    const a = await createFixture(server.url);
    const b = await createFixture(server.url);
    const created = await request<{ id: string }>(server.url, 'POST', `/api/initiatives/${a.initiative.id}/needs`, { token: a.tokens.editor, body: housing });
    expect((await request(server.url, 'GET', `/api/initiatives/${a.initiative.id}/needs`, { token: b.tokens.viewer })).status).toBe(403);
    expect((await request(server.url, 'PATCH', `/api/needs/${created.body.id}`, { token: b.tokens.facilitator, body: { archived: true } })).status).toBe(403);
    expect((await request(server.url, 'GET', `/api/initiatives/${a.initiative.id}/needs`)).status).toBe(401);
  });
});

describe('annotations', () => {
  it('reaches a connected client of the notes live, and shows in clauses', async () => {
    const { fixture, ids } = await draftWithClauses();
    const need = await request<{ id: string }>(server.url, 'POST', `/api/initiatives/${fixture.initiative.id}/needs`, { token: fixture.tokens.facilitator, body: housing });
    const notes = connectClient(server.collabUrl, notesDocName(fixture.draftId), fixture.tokens.viewer);
    await synced(notes.provider);
    const annotations = notes.doc.getMap(ANNOTATIONS_MAP);
    const path = `/api/drafts/${fixture.draftId}/annotations`;

    const started = Date.now();
    const principle = await request<{ id: string }>(server.url, 'POST', path, {
      token: fixture.tokens.editor,
      body: { clauseId: ids[2], type: 'principle', principleId: 'hrc.right-to-the-city' },
    });
    expect(principle.status).toBe(201);
    await waitFor(() => annotations.has(principle.body.id), 'the link to reach the client', 1000);
    const latency = Date.now() - started;
    expect(latency).toBeLessThan(1000);

    const link = await request<{ id: string }>(server.url, 'POST', path, { token: fixture.tokens.reviewer, body: { clauseId: ids[2], type: 'need', needId: need.body.id } });
    const comment = await request<{ id: string }>(server.url, 'POST', path, { token: fixture.tokens.reviewer, body: { clauseId: ids[2], type: 'comment', text: 'Say who enforces this.' } });
    const reply = await request<{ id: string }>(server.url, 'POST', path, {
      token: fixture.tokens.facilitator,
      body: { clauseId: ids[2], type: 'comment', text: 'The rent board.', parentId: comment.body.id, author: 'Ana' },
    });
    expect([link.status, comment.status, reply.status]).toEqual([201, 201, 201]);
    await waitFor(() => annotations.has(reply.body.id), 'the reply to reach the client');
    // An invite token names nobody: the name in the request is not stored.
    expect((annotations.get(reply.body.id) as Y.Map<unknown>).toJSON()).toMatchObject({ type: 'comment', author: null, parentId: comment.body.id, resolved: false });

    const again = await request<{ id: string }>(server.url, 'POST', path, { token: fixture.tokens.editor, body: { clauseId: ids[2], type: 'principle', principleId: 'hrc.right-to-the-city' } });
    // Linking again makes no second link, and answers as the contract gives every link: 201 and its id.
    expect(again).toEqual({ status: 201, body: { id: principle.body.id } });

    const clauses = await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: fixture.tokens.viewer });
    expect(clauses.body).toEqual([
      { id: ids[0], text: 'Whereas housing is a human right;', principles: [], needs: [], comments: 0 },
      { id: ids[1], text: 'Whereas transit connects us;', principles: [], needs: [], comments: 0 },
      { id: ids[2], text: 'Resolved, rents shall be fair;', principles: ['hrc.right-to-the-city'], needs: [need.body.id], comments: 2 },
      { id: ids[3], text: 'Resolved, buses run all night.', principles: [], needs: [], comments: 0 },
    ]);
  });

  it('refuses bad annotations with a clear 4xx and stores nothing', async () => {
    const { fixture, ids } = await draftWithClauses();
    const other = await createFixture(server.url);
    const foreignNeed = await request<{ id: string }>(server.url, 'POST', `/api/initiatives/${other.initiative.id}/needs`, { token: other.tokens.editor, body: housing });
    const path = `/api/drafts/${fixture.draftId}/annotations`;
    const cases: Array<[string, unknown, number, string?]> = [
      ['editor', { clauseId: 'nope', type: 'principle', principleId: 'hrc.education' }, 400, 'unknown_clause'],
      ['editor', { clauseId: ids[0], type: 'principle', principleId: 'hrc.flying' }, 400, 'unknown_principle'],
      ['editor', { clauseId: ids[0], type: 'need', needId: foreignNeed.body.id }, 400, 'unknown_need'],
      ['editor', { clauseId: ids[0], type: 'comment', text: 'Reply', parentId: 'nothing' }, 400, 'unknown_comment'],
      ['editor', { clauseId: ids[0], type: 'emoji', text: '🙂' }, 400],
      ['editor', { clauseId: ids[0], type: 'comment', text: 'x'.repeat(5001) }, 400],
      ['editor', { clauseId: ids[0], type: 'comment' }, 400],
      ['viewer', { clauseId: ids[0], type: 'comment', text: 'Let me in' }, 403],
    ];
    for (const [role, body, status, code] of cases) {
      const response = await request<{ error: { code: string } }>(server.url, 'POST', path, { token: fixture.tokens[role as 'editor'], body });
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      if (code) expect(response.body.error.code).toBe(code);
    }
    expect((await request(server.url, 'POST', path, { body: { clauseId: ids[0], type: 'comment', text: 'Hi' } })).status).toBe(401);
    expect((await request(server.url, 'POST', path, { token: other.tokens.editor, body: { clauseId: ids[0], type: 'comment', text: 'Hi' } })).status).toBe(403);

    const clauses = await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: fixture.tokens.viewer });
    expect(clauses.body.every((c) => c.principles.length === 0 && c.needs.length === 0 && c.comments === 0)).toBe(true);
  });

  it('keeps comments open in review and closes everything once adopted', async () => {
    const { fixture, ids } = await draftWithClauses();
    const path = `/api/drafts/${fixture.draftId}/annotations`;
    const setStatus = (status: string) => request(server.url, 'PATCH', `/api/drafts/${fixture.draftId}`, { token: fixture.tokens.facilitator, body: { status } });
    await setStatus('review');
    expect((await request(server.url, 'POST', path, { token: fixture.tokens.reviewer, body: { clauseId: ids[1], type: 'comment', text: 'Fund it.' } })).status).toBe(201);
    await setStatus('adopted');
    const refused = await request<{ error: { code: string } }>(server.url, 'POST', path, { token: fixture.tokens.facilitator, body: { clauseId: ids[1], type: 'comment', text: 'Late.' } });
    expect(refused.status).toBe(409);
    const clauses = await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: fixture.tokens.viewer });
    expect(clauses.body[1].comments).toBe(1);
  });
});

describe('coverage', () => {
  it('shows which clauses serve each principle and need, and whose needs are left out', async () => {
    const { fixture, ids, body } = await draftWithClauses();
    const needsPath = `/api/initiatives/${fixture.initiative.id}/needs`;
    const answered = await request<{ id: string }>(server.url, 'POST', needsPath, { token: fixture.tokens.facilitator, body: housing });
    const open = await request<{ id: string }>(server.url, 'POST', needsPath, { token: fixture.tokens.facilitator, body: transit });
    const path = `/api/drafts/${fixture.draftId}/annotations`;
    await request(server.url, 'POST', path, { token: fixture.tokens.editor, body: { clauseId: ids[2], type: 'need', needId: answered.body.id } });
    await request(server.url, 'POST', path, { token: fixture.tokens.editor, body: { clauseId: ids[0], type: 'principle', principleId: 'hrc.right-to-the-city' } });
    await request(server.url, 'POST', path, { token: fixture.tokens.editor, body: { clauseId: ids[2], type: 'principle', principleId: 'hrc.right-to-the-city' } });

    const coverage = (await request<Coverage>(server.url, 'GET', `/api/drafts/${fixture.draftId}/coverage`, { token: fixture.tokens.viewer })).body;
    expect(coverage.principles.find((p) => p.id === 'hrc.right-to-the-city')?.clauses).toEqual([ids[0], ids[2]]);
    expect(coverage.principles.find((p) => p.id === 'jemez.be-inclusive')?.clauses).toEqual([]);
    expect(coverage.needs.find((n) => n.id === answered.body.id)?.clauses).toEqual([ids[2]]);
    expect(coverage.unansweredNeeds).toEqual([open.body.id]);
    expect(coverage.unansweredByCommunity).toEqual([{ community: 'Night-shift workers', needs: [open.body.id] }]);
    expect(coverage.detached).toEqual([]);

    // Deleting the annotated clause detaches its notes, with the clause's last text.
    const fragment = body.getXmlFragment('body');
    const removed = fragment.get(2) as Y.XmlElement;
    const removedId = removed.getAttribute('clauseId')!;
    fragment.delete(2, 1);
    const readCoverage = async () =>
      (await request<Coverage>(server.url, 'GET', `/api/drafts/${fixture.draftId}/coverage`, { token: fixture.tokens.viewer })).body;
    const detached = await eventually(readCoverage, (c) => c.detached.length === 1, 'the notes to be detached');
    expect(detached.detached[0]).toMatchObject({ clauseId: removedId, lastText: 'Resolved, rents shall be fair;' });
    expect(detached.detached[0].annotations).toHaveLength(2);
    expect(detached.unansweredNeeds.sort()).toEqual([answered.body.id, open.body.id].sort());

    // Undoing the deletion brings the clause back with its id, and its notes with it.
    appendParagraph(body, 'Resolved, rents shall be fair;', { clauseId: removedId });
    const back = await eventually(readCoverage, (c) => c.detached.length === 0, 'the notes to come back');
    expect(back.unansweredNeeds).toEqual([open.body.id]);
  });
});
