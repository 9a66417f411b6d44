import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause, Participation } from '@charter/shared';
import { createFixture, join, request } from '../support/api.js';
import { appendParagraph, blocks, connectClient, eventually, synced, waitFor } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';
import * as Y from 'yjs';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});

const participation = async (draftId: string, token: string) =>
  (await request<Participation>(server.url, 'GET', `/api/drafts/${draftId}/participation`, { token })).body;

describe('participation', () => {
  it('names the unheard, counts who shaped which clause by community, and holds no name or id', async () => {
    const { initiative, tokens, draftId } = await createFixture(server.url);
    const writer = connectClient(server.collabUrl, draftId, tokens.facilitator);
    await synced(writer.provider);
    appendParagraph(writer.doc, 'Whereas rents have doubled;');
    appendParagraph(writer.doc, 'Resolved, youth centres stay open.');
    const clauses = await eventually(
      async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${draftId}/clauses`, { token: tokens.viewer })).body,
      (list) => list.length === 2,
      'two clauses',
    );
    const needs = `/api/initiatives/${initiative.id}/needs`;
    const rent = await request<{ id: string }>(server.url, 'POST', needs, {
      token: tokens.facilitator,
      body: { statement: 'Rent caps now.', communities: ['Tenants'], rightsArea: 'housing', source: 'Listening session', voice: 'ally' },
    });
    await request(server.url, 'POST', needs, {
      token: tokens.facilitator,
      body: { statement: 'A place to meet after school.', communities: ['Youth'], rightsArea: 'education', source: 'Survey' },
    });

    const before = await participation(draftId, tokens.viewer);
    expect(before.unheard.sort()).toEqual(['Tenants', 'Youth']);
    expect(before.communities.find((c) => c.community === 'Tenants')).toMatchObject({
      participants: 0,
      needs: { voiced: 1, answered: 0, firstHand: 0 },
    });

    // Linking a clause to Youth's need takes Youth off the unheard.
    const link = await request(server.url, 'POST', `/api/drafts/${draftId}/annotations`, {
      token: tokens.facilitator,
      body: { clauseId: clauses[1].id, type: 'need', needId: (await request<Array<{ id: string }>>(server.url, 'GET', needs, { token: tokens.viewer })).body[1].id },
    });
    expect(link.status).toBe(201);
    expect((await participation(draftId, tokens.viewer)).unheard).toEqual(['Tenants']);

    // A tenant edits the first clause and comments: Tenants are heard, and counted.
    const amina = await join(server.url, tokens.editor, 'Amina', ['Tenants']);
    const tenant = connectClient(server.collabUrl, draftId, amina.token);
    await synced(tenant.provider);
    await waitFor(() => blocks(tenant.doc).length === 2, 'the text');
    const first = tenant.doc.getXmlFragment('body').get(0) as Y.XmlElement;
    (first.get(0) as Y.XmlText).insert(0, 'Whereas, in the east side, ');
    await request(server.url, 'POST', `/api/drafts/${draftId}/annotations`, {
      token: amina.token,
      body: { clauseId: clauses[0].id, type: 'comment', text: 'Say who sets the cap.' },
    });
    // Work done with an invite token counts, but for nobody.
    ((writer.doc.getXmlFragment('body').get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Further ');
    await request(server.url, 'POST', `/api/drafts/${draftId}/annotations`, {
      token: tokens.reviewer,
      body: { clauseId: clauses[0].id, type: 'comment', text: 'Anonymous question.' },
    });

    const after = await eventually(
      () => participation(draftId, tokens.viewer),
      (p) => (p.communities.find((c) => c.community === 'Tenants')?.contributions.edits ?? 0) === 1,
      "the tenant's edit counted",
    );
    expect(after.unheard).toEqual([]);
    expect(after.communities.find((c) => c.community === 'Tenants')).toMatchObject({
      participants: 1,
      contributions: { edits: 1, comments: 1, amendments: 0, stances: 0 },
      needs: { voiced: 1, answered: 0 },
    });
    expect(after.unidentified.comments).toBe(1);
    expect(after.unidentified.edits).toBe(1);
    const text = JSON.stringify(after);
    expect(text).not.toContain('Amina');
    expect(text).not.toContain(amina.id);
    expect(rent.status).toBe(201);

    // Every export ends with the same summary, in its language, with no name.
    const exported = async (format: string, lang: string) =>
      (await fetch(`${server.url}/api/drafts/${draftId}/export?format=${format}&lang=${lang}`, { headers: { Authorization: `Bearer ${tokens.viewer}` } })).text();
    const md = await exported('md', 'en');
    expect(md).toContain('## Participation');
    expect(md).toContain('Tenants: people fewer than 3; clauses edited 1; comments 1');
    expect(md.slice(md.indexOf('## Participation'))).not.toContain('Amina');
    expect(await exported('html', 'es')).toContain('Tenants: personas menos de 3; cláusulas editadas 1; comentarios 1');
    const json = JSON.parse(await exported('json', 'fr')) as { participation: Participation };
    expect(json.participation.communities.find((c) => c.community === 'Tenants')?.participants).toBe(1);
  });

  it('refuses an unknown draft and another initiative\'s token', async () => {
    const { draftId } = await createFixture(server.url);
    const other = await createFixture(server.url);
    expect((await request(server.url, 'GET', `/api/drafts/${draftId}/participation`, { token: other.tokens.viewer })).status).toBe(403);
    expect((await request(server.url, 'GET', `/api/drafts/nope/participation`, { token: other.tokens.viewer })).status).toBe(404);
    expect((await request(server.url, 'GET', `/api/drafts/${draftId}/participation`)).status).toBe(401);
  });
});
