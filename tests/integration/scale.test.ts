import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AMENDMENTS_MAP, CloseCode, decisionsDocName, type Amendment, type Clause } from '@charter/shared';
import { createFixture, join as joinAs, request } from '../support/api.js';
import { appendParagraph, blocks, connectClient, eventually, synced, waitFor } from '../support/collab.js';
import { createDatabase } from '../support/postgres.js';
import { startServer, type Storage } from '../support/server.js';
import { teardownLater } from '../support/teardown.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Storage shared by several instances: one PostgreSQL database, data directories apart. */
async function sharedDatabase(): Promise<string> {
  const database = await createDatabase();
  teardownLater(() => database.drop());
  return database.url;
}

async function instance(databaseUrl: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'charter-instance-'));
  teardownLater(() => rmSync(dataDir, { recursive: true, force: true }));
  const storage: Storage = { dataDir, databaseUrl };
  return startServer({ storage, env: { REDIS_URL } });
}

describe('several instances through Redis', () => {
  it('brings clients on different instances to the same text and presence', async () => {
    const databaseUrl = await sharedDatabase();
    const [a, b, c] = await Promise.all([instance(databaseUrl), instance(databaseUrl), instance(databaseUrl)]);
    const { draftId, tokens } = await createFixture(a.url);
    const onA = connectClient(a.collabUrl, draftId, tokens.editor);
    const onB = connectClient(b.collabUrl, draftId, tokens.facilitator);
    const onC = connectClient(c.collabUrl, draftId, tokens.viewer);
    await Promise.all([synced(onA.provider), synced(onB.provider), synced(onC.provider)]);
    onA.provider.awareness.setLocalStateField('user', { name: 'Ana' });
    for (let i = 0; i < 20; i++) {
      appendParagraph(onA.doc, `a${i}`);
      appendParagraph(onB.doc, `b${i}`);
    }
    await waitFor(() => [onA, onB, onC].every((client) => blocks(client.doc).length === 40), 'all three to hold 40 clauses');
    expect(blocks(onA.doc)).toEqual(blocks(onB.doc));
    expect(blocks(onC.doc)).toEqual(blocks(onA.doc));
    await waitFor(() => [...onC.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Ana'), 'Ana to be seen on C');

    // Stored once: a fresh instance reads the same text from the database.
    const d = await instance(databaseUrl);
    const late = connectClient(d.collabUrl, draftId, tokens.viewer);
    await synced(late.provider);
    expect(blocks(late.doc)).toEqual(blocks(onA.doc));
  });

  it('applies a status change and a revocation on every instance', async () => {
    const databaseUrl = await sharedDatabase();
    const [a, b] = await Promise.all([instance(databaseUrl), instance(databaseUrl)]);
    const fixture = await createFixture(a.url);
    const writerOnB = connectClient(b.collabUrl, fixture.draftId, fixture.tokens.editor);
    const watcherOnA = connectClient(a.collabUrl, fixture.draftId, fixture.tokens.viewer);
    await Promise.all([synced(writerOnB.provider), synced(watcherOnA.provider)]);

    await request(a.url, 'PATCH', `/api/drafts/${fixture.draftId}`, { token: fixture.tokens.facilitator, body: { status: 'review' } });
    await waitFor(() => writerOnB.doc.getMap('meta').get('status') === 'review', 'B to learn of the review');
    writerOnB.doc.getMap('probe').set('in-review', true);
    writerOnB.provider.awareness.setLocalStateField('step', 'sent');
    await waitFor(() => [...watcherOnA.provider.awareness.getStates().values()].some((s) => s.step === 'sent'), 'the probe to be read');
    expect(watcherOnA.doc.getMap('probe').has('in-review')).toBe(false);

    const closed = new Promise<number>((resolve) => writerOnB.provider.on('connection-close', (event) => resolve(event?.code ?? 0)));
    await request(a.url, 'POST', `/api/initiatives/${fixture.initiative.id}/invites/editor`, { token: fixture.tokens.facilitator });
    expect(await closed).toBe(CloseCode.Unauthorized);
  });

  it('loses nothing any client saw when an instance is killed mid-burst', async () => {
    const databaseUrl = await sharedDatabase();
    const [a, b] = await Promise.all([instance(databaseUrl), instance(databaseUrl)]);
    const { draftId, tokens } = await createFixture(a.url);
    const writer = connectClient(a.collabUrl, draftId, tokens.editor);
    const observer = connectClient(b.collabUrl, draftId, tokens.viewer);
    await Promise.all([synced(writer.provider), synced(observer.provider)]);

    let sent = 0;
    const burst = setInterval(() => {
      for (let i = 0; i < 5; i++) appendParagraph(writer.doc, `edit ${sent++}`);
    }, 1);
    await waitFor(() => blocks(observer.doc).length >= 200, 'the observer on B to see 200 edits');
    await a.kill();
    clearInterval(burst);
    const seen = blocks(observer.doc);

    // A's client reconnects to B and sends what B lacks.
    writer.provider.destroy();
    const moved = connectClient(b.collabUrl, draftId, tokens.editor, writer.doc);
    await synced(moved.provider);
    await waitFor(() => blocks(observer.doc).length === blocks(writer.doc).length, 'B to hold every edit the writer made');

    const fresh = connectClient(b.collabUrl, draftId, tokens.viewer);
    await synced(fresh.provider);
    const stored = new Set(blocks(fresh.doc));
    expect(seen.filter((text) => !stored.has(text))).toEqual([]);
    expect(stored.size).toBe(sent);
  });

  it('shows the same decisions on every instance, and the accepted words in every client', async () => {
    const databaseUrl = await sharedDatabase();
    const [a, b] = await Promise.all([instance(databaseUrl), instance(databaseUrl)]);
    const { draftId, tokens } = await createFixture(a.url);
    const [amina, rui, fay] = await Promise.all([joinAs(a.url, tokens.editor, 'Amina'), joinAs(b.url, tokens.reviewer, 'Rui'), joinAs(a.url, tokens.facilitator, 'Fay')]);
    const writer = connectClient(a.collabUrl, draftId, amina.token);
    const reader = connectClient(b.collabUrl, draftId, tokens.viewer);
    const decisionsOnA = connectClient(a.collabUrl, decisionsDocName(draftId), tokens.viewer);
    const decisionsOnB = connectClient(b.collabUrl, decisionsDocName(draftId), tokens.viewer);
    await Promise.all([writer, reader, decisionsOnA, decisionsOnB].map((client) => synced(client.provider)));
    appendParagraph(writer.doc, 'Whereas every resident has a right to housing;');
    const [clause] = await eventually(
      async () => (await request<Clause[]>(b.url, 'GET', `/api/drafts/${draftId}/clauses`, { token: tokens.viewer })).body,
      (list) => list.length === 1,
      'the clause on B',
    );
    const amendment = (on: typeof decisionsOnA, id: string) => on.doc.getMap<Amendment>(AMENDMENTS_MAP).get(id);

    const words = 'Whereas every resident has a right to safe housing;';
    const { body } = await request<{ id: string }>(a.url, 'POST', `/api/drafts/${draftId}/amendments`, { token: amina.token, body: { clauseId: clause.id, text: words } });
    await waitFor(() => amendment(decisionsOnB, body.id)?.status === 'open', 'the proposal made on A, on B');
    await request(b.url, 'POST', `/api/amendments/${body.id}/stances`, { token: rui.token, body: { stance: 'concern', reason: 'Define safe.' } });
    await waitFor(() => amendment(decisionsOnA, body.id)?.stances.concern === 1, 'the stance taken on B, on A');
    expect((await request(b.url, 'POST', `/api/amendments/${body.id}/accept`, { token: fay.token })).status).toBe(200);
    await waitFor(() => amendment(decisionsOnA, body.id)?.status === 'accepted', 'the decision made on B, on A');
    await waitFor(() => blocks(writer.doc)[0] === words && blocks(reader.doc)[0] === words, 'the accepted words on both instances');
    expect(amendment(decisionsOnA, body.id)).toEqual(amendment(decisionsOnB, body.id));
    const listed = await request<Amendment[]>(a.url, 'GET', `/api/drafts/${draftId}/amendments`, { token: tokens.viewer });
    expect(listed.body[0]).toEqual(amendment(decisionsOnA, body.id));
  });

  it('takes one decision per amendment when two instances decide it at once: the text changes only if it is accepted', async () => {
    const databaseUrl = await sharedDatabase();
    const [a, b] = await Promise.all([instance(databaseUrl), instance(databaseUrl)]);
    const { draftId, tokens } = await createFixture(a.url);
    const [amina, fay] = await Promise.all([joinAs(a.url, tokens.editor, 'Amina'), joinAs(a.url, tokens.facilitator, 'Fay')]);
    const writer = connectClient(a.collabUrl, draftId, amina.token);
    await synced(writer.provider);
    const ROUNDS = 12;
    for (let i = 0; i < ROUNDS; i++) appendParagraph(writer.doc, `Clause ${i} as written.`);
    const clauses = await eventually(
      async () => (await request<Clause[]>(b.url, 'GET', `/api/drafts/${draftId}/clauses`, { token: tokens.viewer })).body,
      (list) => list.length === ROUNDS,
      'the clauses on B',
    );
    const outcomes = [];
    for (const [i, clause] of clauses.entries()) {
      const { body } = await request<{ id: string }>(a.url, 'POST', `/api/drafts/${draftId}/amendments`, { token: amina.token, body: { clauseId: clause.id, text: `Clause ${i} amended.` } });
      // Accept on A and decline on B, the decline a little later each round, to cross every step of the accept.
      const [accepted, declined] = await Promise.all([
        request(a.url, 'POST', `/api/amendments/${body.id}/accept`, { token: fay.token }),
        new Promise((resolve) => setTimeout(resolve, i * 2)).then(() =>
          request(b.url, 'POST', `/api/amendments/${body.id}/decline`, { token: fay.token, body: { note: 'Not now.' } }),
        ),
      ]);
      outcomes.push({ i, id: body.id, accepted: accepted.status, declined: declined.status });
    }
    const listed = (await request<Amendment[]>(a.url, 'GET', `/api/drafts/${draftId}/amendments`, { token: tokens.viewer })).body;
    const texts = (await request<Clause[]>(b.url, 'GET', `/api/drafts/${draftId}/clauses`, { token: tokens.viewer })).body.map((c) => c.text);
    for (const { i, id, accepted, declined } of outcomes) {
      const status = listed.find((x) => x.id === id)?.status;
      const seen = `round ${i}: accept ${accepted}, decline ${declined}, status ${status}, text "${texts[i]}"`;
      // Exactly one decision wins, and the text follows it.
      expect([accepted, declined].sort(), seen).toEqual([200, 409]);
      expect(status, seen).toBe(accepted === 200 ? 'accepted' : 'declined');
      expect(texts[i], seen).toBe(accepted === 200 ? `Clause ${i} amended.` : `Clause ${i} as written.`);
    }
  });
});
