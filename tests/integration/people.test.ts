import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ANNOTATIONS_MAP, notesDocName, type ActivityEntry, type Clause, type RosterEntry, type Session } from '@charter/shared';
import { createFixture, join, request } from '../support/api.js';
import { appendParagraph, closeCode, connectClient, eventually, synced, waitFor } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});

async function firstClause(draftId: string, editorToken: string): Promise<string> {
  const writer = connectClient(server.collabUrl, draftId, editorToken);
  await synced(writer.provider);
  appendParagraph(writer.doc, 'Whereas every resident has a right to housing;');
  const clauses = await eventually(
    async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${draftId}/clauses`, { token: editorToken })).body,
    (list) => list.length === 1,
    'the clause through the API',
  );
  return clauses[0].id;
}

/** Close code of a socket opened with this token, once something closes it. */
function closedWith(token: string, draftId: string): Promise<number> {
  return closeCode(`${server.collabUrl}/${draftId}?token=${encodeURIComponent(token)}`);
}

describe('people', () => {
  it('joins by name with an invite, is recognised by a personal token, and edits their own details', async () => {
    const { initiative, tokens } = await createFixture(server.url);
    const started = performance.now();
    const amina = await join(server.url, tokens.editor, '  Amina Diallo ', ['Tenants of the east side', 'Youth']);
    const joinMs = performance.now() - started;
    expect(joinMs).toBeLessThan(5_000);
    expect(amina).toMatchObject({ name: 'Amina Diallo', role: 'editor', communities: ['Tenants of the east side', 'Youth'] });
    expect(amina.token).not.toBe(tokens.editor);

    const me = await request(server.url, 'GET', '/api/participants/me', { token: amina.token });
    expect(me.body).toMatchObject({ id: amina.id, name: 'Amina Diallo', role: 'editor' });
    const session = await request<Session>(server.url, 'GET', '/api/session', { token: amina.token });
    expect(session.body).toMatchObject({ role: 'editor', initiative: { id: initiative.id }, participant: { id: amina.id } });
    // A personal token opens what its invite opens.
    expect((await request(server.url, 'GET', `/api/initiatives/${initiative.id}/drafts`, { token: amina.token })).status).toBe(200);

    const renamed = await request(server.url, 'PATCH', '/api/participants/me', { token: amina.token, body: { name: 'Amina D.', language: 'fr' } });
    expect(renamed).toMatchObject({ status: 200, body: { name: 'Amina D.', language: 'fr', communities: ['Tenants of the east side', 'Youth'] } });
    // An invite token names nobody.
    expect((await request(server.url, 'GET', '/api/participants/me', { token: tokens.editor })).body).toMatchObject({ error: { code: 'participant_required' } });
  });

  it('refuses bad names and communities with a clear 400 and stores nothing', async () => {
    const { initiative, tokens } = await createFixture(server.url);
    const bad = [
      { name: '' },
      { name: '    ' },
      { name: 'x'.repeat(81) },
      { name: 'Rosa', communities: ['a', 'b', 'c', 'd', 'e', 'f'] },
      { name: 'Rosa', communities: ['x'.repeat(61)] },
      { name: 'Rosa', language: 'de' },
      {},
    ];
    for (const body of bad) {
      const response = await request<{ error: { code: string } }>(server.url, 'POST', '/api/participants', { token: tokens.editor, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('invalid_request');
    }
    expect((await request(server.url, 'POST', '/api/participants', { token: 'not-a-token', body: { name: 'Rosa' } })).status).toBe(401);
    const roster = await request<RosterEntry[]>(server.url, 'GET', `/api/initiatives/${initiative.id}/participants`, { token: tokens.facilitator });
    expect(roster.body).toEqual([]);
  });

  it("gives the facilitator a roster; a personal token of another initiative is refused with 403", async () => {
    const { initiative, tokens } = await createFixture(server.url);
    const other = await createFixture(server.url);
    const rosa = await join(server.url, tokens.reviewer, 'Rosa Martínez', ['City council']);
    await join(server.url, tokens.viewer, 'Li Wei');
    const outsider = await join(server.url, other.tokens.editor, 'Outsider');

    const listed = await request<RosterEntry[]>(server.url, 'GET', `/api/initiatives/${initiative.id}/participants`, { token: tokens.facilitator });
    expect(listed.status).toBe(200);
    expect(listed.body.map((p) => [p.name, p.role])).toEqual([
      ['Rosa Martínez', 'reviewer'],
      ['Li Wei', 'viewer'],
    ]);
    expect(listed.body[0]).toMatchObject({ id: rosa.id, communities: ['City council'], online: false });
    expect(listed.body[0].joinedAt).toMatch(/^\d{4}-/);
    expect(listed.body[0].lastSeenAt).toMatch(/^\d{4}-/);
    // Communities are for facilitators and the person only.
    expect((await request(server.url, 'GET', `/api/initiatives/${initiative.id}/participants`, { token: rosa.token })).status).toBe(403);
    expect((await request(server.url, 'GET', `/api/initiatives/${initiative.id}/participants`, { token: outsider.token })).status).toBe(403);
    expect((await request(server.url, 'GET', `/api/drafts/${initiative.id}/clauses`, { token: outsider.token })).status).not.toBe(200);
    expect((await request(server.url, 'GET', `/api/drafts/${(await createFixture(server.url)).draftId}`, { token: outsider.token })).status).toBe(403);
    expect(await closedWith(outsider.token, (await createFixture(server.url)).draftId)).toBe(4403);
  });

  it('removes one person: their token stops (401, socket 4401), others stay, their words stay under their name', async () => {
    const { initiative, tokens, draftId } = await createFixture(server.url);
    const clauseId = await firstClause(draftId, tokens.editor);
    const amina = await join(server.url, tokens.editor, 'Amina');
    const bruno = await join(server.url, tokens.editor, 'Bruno');
    const said = await request<{ id: string }>(server.url, 'POST', `/api/drafts/${draftId}/annotations`, {
      token: bruno.token,
      body: { clauseId, type: 'comment', text: 'Name the rent cap.', stance: 'concern' },
    });
    expect(said.status).toBe(201);

    const aminaClient = connectClient(server.collabUrl, draftId, amina.token);
    const brunoClient = connectClient(server.collabUrl, draftId, bruno.token);
    await Promise.all([synced(aminaClient.provider), synced(brunoClient.provider)]);
    const online = await request<RosterEntry[]>(server.url, 'GET', `/api/initiatives/${initiative.id}/participants`, { token: tokens.facilitator });
    expect(online.body.filter((p) => p.online).map((p) => p.name).sort()).toEqual(['Amina', 'Bruno']);

    const brunoClosed = new Promise<number>((resolve) => brunoClient.provider.ws?.addEventListener('close', (event) => resolve(event.code)));
    expect((await request(server.url, 'DELETE', `/api/participants/${bruno.id}`, { token: tokens.editor })).status).toBe(403);
    expect((await request(server.url, 'DELETE', `/api/participants/${bruno.id}`, { token: tokens.facilitator })).status).toBe(204);
    expect(await brunoClosed).toBe(4401);
    brunoClient.provider.disconnect();
    expect((await request(server.url, 'GET', '/api/participants/me', { token: bruno.token })).status).toBe(401);
    expect(await closedWith(bruno.token, draftId)).toBe(4401);
    expect((await request(server.url, 'DELETE', `/api/participants/${bruno.id}`, { token: tokens.facilitator })).status).toBe(404);

    // Amina is untouched: still connected, still writing.
    expect(aminaClient.provider.wsconnected).toBe(true);
    appendParagraph(aminaClient.doc, 'Resolved, rents shall be fair.');
    await eventually(
      async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${draftId}/clauses`, { token: amina.token })).body,
      (list) => list.length === 2,
      "Amina's clause",
    );
    // Bruno's words stay, under his name.
    const notes = connectClient(server.collabUrl, notesDocName(draftId), tokens.viewer);
    await synced(notes.provider);
    const record = notes.doc.getMap<Y.Map<unknown>>(ANNOTATIONS_MAP).get(said.body.id)!;
    expect(record.get('author')).toEqual({ id: bruno.id, name: 'Bruno' });
    expect(record.get('stance')).toBe('concern');

    const activity = await request<ActivityEntry[]>(server.url, 'GET', `/api/drafts/${draftId}/activity`, { token: tokens.viewer });
    expect(activity.body[0]).toMatchObject({ kind: 'participant_removed', detail: 'Bruno' });
  });

  it('replacing a role link stops new joins through it; people who joined with it keep working', async () => {
    const { initiative, tokens, draftId } = await createFixture(server.url);
    const amina = await join(server.url, tokens.editor, 'Amina');
    const aminaClient = connectClient(server.collabUrl, draftId, amina.token);
    const anonymous = connectClient(server.collabUrl, draftId, tokens.editor);
    await Promise.all([synced(aminaClient.provider), synced(anonymous.provider)]);
    const anonymousClosed = new Promise<number>((resolve) => anonymous.provider.ws?.addEventListener('close', (event) => resolve(event.code)));

    const replaced = await request(server.url, 'POST', `/api/initiatives/${initiative.id}/invites/editor`, { token: tokens.facilitator });
    expect(replaced.status).toBe(201);
    expect(await anonymousClosed).toBe(4401);
    anonymous.provider.disconnect();
    expect((await request(server.url, 'POST', '/api/participants', { token: tokens.editor, body: { name: 'Late' } })).status).toBe(401);
    expect((await request(server.url, 'GET', '/api/participants/me', { token: amina.token })).status).toBe(200);
    expect(aminaClient.provider.wsconnected).toBe(true);
  });

  it('closes the sockets opened with an expiring invite at the moment it expires', async () => {
    const { initiative, tokens, draftId } = await createFixture(server.url);
    const expiresAt = new Date(Date.now() + 1_500).toISOString();
    const invite = await request<{ token: string }>(server.url, 'POST', `/api/initiatives/${initiative.id}/invites/viewer`, {
      token: tokens.facilitator,
      body: { expiresAt },
    });
    const viewer = connectClient(server.collabUrl, draftId, invite.body.token);
    await synced(viewer.provider);
    const closed = new Promise<{ code: number; at: number }>((resolve) =>
      viewer.provider.ws?.addEventListener('close', (event) => resolve({ code: event.code, at: Date.now() })),
    );
    const { code, at } = await closed;
    viewer.provider.disconnect();
    expect(code).toBe(4401);
    expect(at).toBeGreaterThanOrEqual(Date.parse(expiresAt) - 50);
    expect(at).toBeLessThan(Date.parse(expiresAt) + 1_000);
  });

  it('sets the author from the token, never from the request; official answers are a reviewer\'s reply', async () => {
    const { tokens, draftId } = await createFixture(server.url);
    const clauseId = await firstClause(draftId, tokens.editor);
    const amina = await join(server.url, tokens.editor, 'Amina');
    const rosa = await join(server.url, tokens.reviewer, 'Rosa');
    const path = `/api/drafts/${draftId}/annotations`;
    const forged = await request<{ id: string }>(server.url, 'POST', path, {
      token: amina.token,
      body: { clauseId, type: 'comment', text: 'Rents first.', author: 'The Mayor', stance: 'for' },
    });
    const anonymous = await request<{ id: string }>(server.url, 'POST', path, {
      token: tokens.editor,
      body: { clauseId, type: 'comment', text: 'Who pays?', author: 'Rosa', stance: 'question' },
    });
    expect((await request(server.url, 'POST', path, { token: amina.token, body: { clauseId, type: 'comment', text: 'x', stance: 'maybe' } })).status).toBe(400);
    // Only a reviewer answers officially, and only in reply.
    const notOfficial = await request(server.url, 'POST', path, {
      token: amina.token,
      body: { clauseId, type: 'comment', text: 'Official!', parentId: forged.body.id, official: true },
    });
    expect(notOfficial.status).toBe(403);
    expect((await request(server.url, 'POST', path, { token: rosa.token, body: { clauseId, type: 'comment', text: 'Answer', official: true } })).status).toBe(400);
    const answer = await request<{ id: string }>(server.url, 'POST', path, {
      token: rosa.token,
      body: { clauseId, type: 'comment', text: 'The city will cap rents at 30% of income.', parentId: forged.body.id, official: true },
    });
    expect(answer.status).toBe(201);

    const notes = connectClient(server.collabUrl, notesDocName(draftId), tokens.viewer);
    await synced(notes.provider);
    const map = notes.doc.getMap<Y.Map<unknown>>(ANNOTATIONS_MAP);
    expect(map.get(forged.body.id)!.get('author')).toEqual({ id: amina.id, name: 'Amina' });
    expect(map.get(forged.body.id)!.get('stance')).toBe('for');
    expect(map.get(anonymous.body.id)!.get('author')).toBeNull();
    expect(map.get(answer.body.id)!.toJSON()).toMatchObject({ official: true, parentId: forged.body.id, author: { id: rosa.id, name: 'Rosa' } });

    // Every export carries the stance and the official answer in words.
    for (const [lang, stance, official] of [
      ['en', 'For', 'official answer'],
      ['es', 'A favor', 'respuesta oficial'],
      ['fr', 'Pour', 'réponse officielle'],
    ] as const) {
      const md = await fetch(`${server.url}/api/drafts/${draftId}/export?format=md&lang=${lang}`, { headers: { Authorization: `Bearer ${tokens.viewer}` } });
      const text = await md.text();
      expect(text).toContain(stance);
      expect(text).toContain(official);
      expect(text).toContain('Amina');
    }
    const html = await (await fetch(`${server.url}/api/drafts/${draftId}/export?format=html`, { headers: { Authorization: `Bearer ${tokens.viewer}` } })).text();
    expect(html).toContain('official answer');
    expect(html).not.toContain('The Mayor');
  });

  it('ignores an author or a name in the body of every record a person makes, and still refuses any other unknown key', async () => {
    const { initiative, tokens, draftId } = await createFixture(server.url);
    const clauseId = await firstClause(draftId, tokens.editor);
    const amina = await join(server.url, tokens.editor, 'Amina');
    const bruno = await join(server.url, tokens.facilitator, 'Bruno');
    const forged = { author: { id: 'someone', name: 'The Mayor' }, name: 'The Mayor' };
    const post = <T>(token: string, path: string, body: object) => request<T>(server.url, 'POST', path, { token, body });
    const annotations = `/api/drafts/${draftId}/annotations`;

    const need = await post<{ id: string }>(amina.token, `/api/initiatives/${initiative.id}/needs`, {
      statement: 'Rent we can pay on one income',
      communities: ['Tenants'],
      rightsArea: 'housing',
      source: 'Listening session',
      ...forged,
    });
    expect(need.status).toBe(201);
    for (const body of [
      { clauseId, type: 'principle', principleId: 'hrc.right-to-the-city' },
      { clauseId, type: 'need', needId: need.body.id },
      { clauseId, type: 'comment', text: 'Rents first.' },
    ]) {
      expect((await post(amina.token, annotations, { ...body, ...forged })).status, body.type).toBe(201);
    }
    // A version has a name of its own: that one is kept, and only the author is ignored.
    const version = await post<{ name: string; author: unknown }>(amina.token, `/api/drafts/${draftId}/versions`, {
      name: 'After the listening session',
      author: forged.author,
    });
    expect(version.status).toBe(201);
    expect(version.body).toMatchObject({ name: 'After the listening session', author: { id: amina.id, name: 'Amina' } });
    const amendment = await post<{ id: string }>(amina.token, `/api/drafts/${draftId}/amendments`, { clauseId, text: 'Rents are capped.', ...forged });
    expect(amendment.status).toBe(201);
    expect((await post(bruno.token, `/api/amendments/${amendment.body.id}/stances`, { stance: 'support', ...forged })).status).toBe(200);

    // Everyone of them is recorded under the token's person.
    const needs = (await request<Array<{ id: string; author: unknown }>>(server.url, 'GET', `/api/initiatives/${initiative.id}/needs`, { token: amina.token })).body;
    expect(needs.find((entry) => entry.id === need.body.id)?.author).toEqual({ id: amina.id, name: 'Amina' });
    const amendments = (await request<Array<{ id: string; author: unknown }>>(server.url, 'GET', `/api/drafts/${draftId}/amendments`, { token: amina.token })).body;
    expect(amendments.find((entry) => entry.id === amendment.body.id)?.author).toEqual({ id: amina.id, name: 'Amina' });
    const notes = connectClient(server.collabUrl, notesDocName(draftId), tokens.viewer);
    await synced(notes.provider);
    const authors = [...notes.doc.getMap<Y.Map<unknown>>(ANNOTATIONS_MAP).values()].map((note) => note.get('author'));
    expect(authors).toEqual([0, 1, 2].map(() => ({ id: amina.id, name: 'Amina' })));
    notes.provider.destroy();

    // Any other key it does not know is still a clear 400.
    const typo = await post<{ error: { message: string } }>(amina.token, annotations, { clauseId, type: 'comment', txt: 'Rents first.' });
    expect(typo.status).toBe(400);
    expect(typo.body.error.message).toContain('txt');
  });
});

describe('nobody erases another person\'s words in .notes', () => {
  it('drops a stock client\'s deletions and rewrites of others\' records, for everyone, across a restart', async () => {
    const local = await startServer();
    const { tokens, draftId } = await createFixture(local.url);
    const writer = connectClient(local.collabUrl, draftId, tokens.editor);
    await synced(writer.provider);
    appendParagraph(writer.doc, 'Whereas every resident has a right to housing;');
    const [clause] = await eventually(
      async () => (await request<Clause[]>(local.url, 'GET', `/api/drafts/${draftId}/clauses`, { token: tokens.editor })).body,
      (list) => list.length === 1,
      'the clause',
    );
    const amina = await join(local.url, tokens.editor, 'Amina');
    const rosa = await join(local.url, tokens.reviewer, 'Rosa');
    const path = `/api/drafts/${draftId}/annotations`;
    const comment = await request<{ id: string }>(local.url, 'POST', path, { token: amina.token, body: { clauseId: clause.id, type: 'comment', text: 'Keep the rent cap.' } });
    const link = await request<{ id: string }>(local.url, 'POST', path, { token: amina.token, body: { clauseId: clause.id, type: 'principle', principleId: 'hrc.education' } });
    expect([comment.status, link.status]).toEqual([201, 201]);

    const watcher = connectClient(local.collabUrl, notesDocName(draftId), tokens.viewer);
    const attacker = connectClient(local.collabUrl, notesDocName(draftId), rosa.token);
    await Promise.all([synced(watcher.provider), synced(attacker.provider)]);
    const before = watcher.doc.getMap(ANNOTATIONS_MAP).toJSON();
    expect(Object.keys(before)).toHaveLength(2);

    const records = attacker.doc.getMap<Y.Map<unknown>>(ANNOTATIONS_MAP);
    // Rewrite a comment, forge its author, then delete every key of every map.
    attacker.doc.transact(() => records.get(comment.body.id)!.set('text', 'Scrap the rent cap.'));
    attacker.doc.transact(() => records.get(comment.body.id)!.set('author', { id: rosa.id, name: 'Rosa' }));
    attacker.doc.transact(() => {
      records.forEach((record) => [...record.keys()].forEach((key) => record.delete(key)));
    });
    attacker.doc.transact(() => [...records.keys()].forEach((key) => records.delete(key)));
    // A record forged under Amina's name.
    const forged = new Y.Map<unknown>();
    attacker.doc.transact(() => {
      records.set('forgedRecord1', forged);
      forged.set('type', 'comment');
      forged.set('clauseId', clause.id);
      forged.set('text', 'Amina says scrap it.');
      forged.set('author', { id: amina.id, name: 'Amina' });
      forged.set('createdAt', new Date().toISOString());
    });
    // Resolving a thread is open to everyone who annotates, and Rosa may still write her own
    // words (from a fresh document: the refused writes left the attacker's copy out of step).
    const rosaAgain = connectClient(local.collabUrl, notesDocName(draftId), rosa.token);
    await synced(rosaAgain.provider);
    const mine = rosaAgain.doc.getMap<Y.Map<unknown>>(ANNOTATIONS_MAP);
    mine.get(comment.body.id)!.set('resolved', true);
    const own = new Y.Map<unknown>();
    rosaAgain.doc.transact(() => {
      mine.set('rosaOwnComment', own);
      own.set('type', 'comment');
      own.set('clauseId', clause.id);
      own.set('text', 'What does it cost?');
      own.set('author', { id: rosa.id, name: 'Rosa' });
      own.set('createdAt', new Date().toISOString());
      own.set('resolved', false);
    });
    const watched = watcher.doc.getMap<Y.Map<unknown>>(ANNOTATIONS_MAP);
    await waitFor(() => watched.has('rosaOwnComment') && watched.get(comment.body.id)!.get('resolved') === true, "Rosa's own comment and the resolved thread");
    expect(watched.has('forgedRecord1')).toBe(false);
    const after = watcher.doc.getMap(ANNOTATIONS_MAP).toJSON() as Record<string, Record<string, unknown>>;
    delete after.rosaOwnComment;
    after[comment.body.id].resolved = false;
    expect(after).toEqual(before);

    // A fresh client, and the server after a restart, hold every record.
    const fresh = connectClient(local.collabUrl, notesDocName(draftId), tokens.viewer);
    await synced(fresh.provider);
    expect(fresh.doc.getMap<Y.Map<unknown>>(ANNOTATIONS_MAP).get(comment.body.id)!.get('text')).toBe('Keep the rent cap.');
    expect(fresh.doc.getMap(ANNOTATIONS_MAP).has('forgedRecord1')).toBe(false);
    await local.stop();
    const again = await startServer({ storage: local.storage });
    const restarted = connectClient(again.collabUrl, notesDocName(draftId), tokens.viewer);
    await synced(restarted.provider);
    const kept = restarted.doc.getMap<Y.Map<unknown>>(ANNOTATIONS_MAP);
    expect(kept.get(comment.body.id)!.toJSON()).toMatchObject({ text: 'Keep the rent cap.', author: { id: amina.id, name: 'Amina' }, resolved: true });
    expect(kept.get(link.body.id)!.toJSON()).toMatchObject({ type: 'principle', principleId: 'hrc.education' });
    expect(kept.has('forgedRecord1')).toBe(false);
    expect(kept.has('rosaOwnComment')).toBe(true);
  });
});
