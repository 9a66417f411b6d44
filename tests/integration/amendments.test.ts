import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AMENDMENTS_MAP, decisionsDocName, type ActivityEntry, type Amendment, type Clause } from '@charter/shared';
import { createFixture, join, request, type Fixture } from '../support/api.js';
import { appendParagraph, blocks, connectClient, eventually, synced, waitFor } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});

const HOUSING = 'Whereas every resident has a right to housing;';
const BETTER = 'Whereas every resident has a right to safe, affordable housing;';

/** A draft with two clauses, and one person of each role. */
async function setup() {
  const fixture: Fixture = await createFixture(server.url);
  const [fay, amina, rui, vic] = await Promise.all([
    join(server.url, fixture.tokens.facilitator, 'Fay'),
    join(server.url, fixture.tokens.editor, 'Amina'),
    join(server.url, fixture.tokens.reviewer, 'Council member Rui'),
    join(server.url, fixture.tokens.viewer, 'Vic'),
  ]);
  const writer = connectClient(server.collabUrl, fixture.draftId, amina.token);
  await synced(writer.provider);
  appendParagraph(writer.doc, HOUSING);
  appendParagraph(writer.doc, 'Whereas water is a human right;');
  const clauses = await eventually(clausesOf(fixture), (list) => list.length === 2, 'two clauses');
  return { ...fixture, fay, amina, rui, vic, writer, clauseId: clauses[0].id, otherClauseId: clauses[1].id };
}

const clausesOf = (fixture: Fixture) => async () =>
  (await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: fixture.tokens.viewer })).body;

const amendmentsOf = async (fixture: Fixture) =>
  (await request<Amendment[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/amendments`, { token: fixture.tokens.viewer })).body;

function propose(fixture: Fixture, token: string, body: unknown) {
  return request<{ id: string; error?: { code: string } }>(server.url, 'POST', `/api/drafts/${fixture.draftId}/amendments`, { token, body });
}

function act(id: string, action: 'stances' | 'withdraw' | 'accept' | 'decline', token: string, body?: unknown) {
  return request<{ error?: { code: string } }>(server.url, 'POST', `/api/amendments/${id}/${action}`, { token, body });
}

/** A stock client watching the draft's decisions. */
async function watchDecisions(draftId: string, token: string) {
  const client = connectClient(server.collabUrl, decisionsDocName(draftId), token);
  await synced(client.provider);
  const map = client.doc.getMap<Amendment>(AMENDMENTS_MAP);
  return { ...client, amendment: (id: string) => map.get(id) };
}

/** How long from starting `send` until `seen` holds on the client. */
async function timeUntil(send: () => Promise<unknown>, seen: () => boolean, what: string): Promise<number> {
  const started = performance.now();
  await send();
  await waitFor(seen, what);
  return performance.now() - started;
}

describe('amendments and consent', () => {
  it('shows a proposal, a stance and a decision to a stock client on .decisions within a second', async () => {
    const s = await setup();
    const watcher = await watchDecisions(s.draftId, s.tokens.viewer);
    let id = '';
    const proposed = await timeUntil(
      async () => (id = (await propose(s, s.amina.token, { clauseId: s.clauseId, text: BETTER, rationale: 'Safety matters.' })).body.id),
      () => watcher.amendment(id)?.status === 'open',
      'the proposal on the watcher',
    );
    expect(watcher.amendment(id)).toMatchObject({ clauseId: s.clauseId, baseText: HOUSING, text: BETTER, rationale: 'Safety matters.', author: { id: s.amina.id, name: 'Amina' } });
    const stood = await timeUntil(
      () => act(id, 'stances', s.rui.token, { stance: 'support' }),
      () => watcher.amendment(id)?.stances.support === 1,
      'the stance on the watcher',
    );
    const decided = await timeUntil(
      () => act(id, 'accept', s.fay.token, { note: 'Agreed in the meeting.' }),
      () => watcher.amendment(id)?.status === 'accepted',
      'the decision on the watcher',
    );
    console.log(`POST to a connected client: proposal ${proposed.toFixed(0)} ms, stance ${stood.toFixed(0)} ms, decision ${decided.toFixed(0)} ms`);
    for (const ms of [proposed, stood, decided]) expect(ms).toBeLessThan(1_000);
    expect(watcher.amendment(id)?.decision).toMatchObject({ by: { id: s.fay.id, name: 'Fay' }, note: 'Agreed in the meeting.', override: null });
    // The text took the new words, live for the editor who wrote the old ones.
    await waitFor(() => blocks(s.writer.doc)[0] === BETTER, 'the new words on the writer');
    // The text after the amendment is kept as a version of its own, with who decided.
    const versions = await request<Array<{ kind: string; author: unknown }>>(server.url, 'GET', `/api/drafts/${s.draftId}/versions`, { token: s.fay.token });
    expect(versions.body[0]).toMatchObject({ kind: 'amendment', author: { id: s.fay.id, name: 'Fay' } });
  });

  it('lists amendments with the fields of the contract', async () => {
    const s = await setup();
    const { status, body } = await propose(s, s.rui.token, { clauseId: s.clauseId, text: BETTER });
    expect(status).toBe(201);
    await act(body.id, 'stances', s.amina.token, { stance: 'concern', reason: 'Who pays?' });
    const [listed] = await amendmentsOf(s);
    expect(Object.keys(listed).sort()).toEqual(
      ['id', 'clauseId', 'baseText', 'text', 'rationale', 'author', 'status', 'stances', 'reasons', 'createdAt', 'decision'].sort(),
    );
    expect(listed).toMatchObject({
      id: body.id,
      status: 'open',
      stances: { support: 0, stand_aside: 0, concern: 1, object: 0, block: 0 },
      reasons: [{ stance: 'concern', reason: 'Who pays?' }],
      decision: null,
    });
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const s = await setup();
    const good = { clauseId: s.clauseId, text: BETTER };
    const refusals: Array<[Promise<{ status: number; body: { error?: { code: string } } }>, number, string?]> = [
      [propose(s, s.tokens.editor, good), 403, 'participant_required'],
      [propose(s, s.vic.token, good), 403],
      [propose(s, s.tokens.viewer, good), 403, 'participant_required'],
      [propose(s, s.amina.token, { ...good, text: '' }), 400],
      [propose(s, s.amina.token, { ...good, text: '   ' }), 400],
      [propose(s, s.amina.token, { ...good, text: 'x'.repeat(10_001) }), 400],
      [propose(s, s.amina.token, { ...good, rationale: 'x'.repeat(2_001) }), 400],
      [propose(s, s.amina.token, { ...good, clauseId: 'nosuchclause' }), 400, 'unknown_clause'],
      [propose(s, s.amina.token, { text: BETTER }), 400],
    ];
    for (const [answer, status, code] of refusals) {
      const { status: got, body } = await answer;
      expect(got).toBe(status);
      expect(body.error?.code).toBeTypeOf('string');
      if (code) expect(body.error?.code).toBe(code);
    }
    expect(await amendmentsOf(s)).toEqual([]);

    const { body } = await propose(s, s.amina.token, good);
    const before = await amendmentsOf(s);
    const actions: Array<[ReturnType<typeof act>, number, string?]> = [
      [act(body.id, 'stances', s.tokens.reviewer, { stance: 'support' }), 403, 'participant_required'],
      [act(body.id, 'stances', s.vic.token, { stance: 'support' }), 403],
      [act(body.id, 'stances', s.rui.token, { stance: 'object' }), 400],
      [act(body.id, 'stances', s.rui.token, { stance: 'block', reason: '  ' }), 400],
      [act(body.id, 'stances', s.rui.token, { stance: 'maybe' }), 400],
      [act(body.id, 'stances', s.rui.token, { stance: 'concern', reason: 'x'.repeat(2_001) }), 400],
      [act('nosuchamendment', 'stances', s.rui.token, { stance: 'support' }), 404],
      [act(body.id, 'withdraw', s.rui.token), 403],
      [act(body.id, 'accept', s.amina.token), 403],
      [act(body.id, 'accept', s.rui.token), 403],
      [act(body.id, 'decline', s.fay.token, {}), 400],
      [act(body.id, 'decline', s.amina.token, { note: 'No.' }), 403],
    ];
    for (const [answer, status, code] of actions) {
      const { status: got, body: error } = await answer;
      expect(got).toBe(status);
      if (code) expect(error.error?.code).toBe(code);
    }
    expect(await amendmentsOf(s)).toEqual(before);

    // Closed amendments take no more stances and no decision.
    expect((await act(body.id, 'withdraw', s.amina.token)).status).toBe(200);
    const closed = await act(body.id, 'stances', s.rui.token, { stance: 'support' });
    expect(closed.status).toBe(409);
    expect((await act(body.id, 'accept', s.fay.token)).status).toBe(409);
    expect((await amendmentsOf(s))[0]).toMatchObject({ status: 'withdrawn', stances: { support: 0 } });
  });

  it('keeps one stance per person: a later one replaces the earlier', async () => {
    const s = await setup();
    const { body } = await propose(s, s.amina.token, { clauseId: s.clauseId, text: BETTER });
    expect((await act(body.id, 'stances', s.rui.token, { stance: 'support' })).status).toBe(200);
    expect((await act(body.id, 'stances', s.fay.token, { stance: 'stand_aside' })).status).toBe(200);
    expect((await act(body.id, 'stances', s.rui.token, { stance: 'object', reason: 'The budget cannot carry it.' })).status).toBe(200);
    const [listed] = await amendmentsOf(s);
    expect(listed.stances).toEqual({ support: 0, stand_aside: 1, concern: 0, object: 1, block: 0 });
    expect(listed.reasons).toEqual([{ stance: 'object', reason: 'The budget cannot carry it.' }]);
  });

  it('refuses to accept over a block without an override, and records the override', async () => {
    const s = await setup();
    const { body } = await propose(s, s.amina.token, { clauseId: s.clauseId, text: BETTER });
    await act(body.id, 'stances', s.rui.token, { stance: 'block', reason: 'This breaks the housing law.' });
    const blocked = await act(body.id, 'accept', s.fay.token);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error?.code).toBe('blocked');
    expect((await act(body.id, 'accept', s.fay.token, { override: 'too short' })).body.error?.code).toBe('blocked');
    expect((await clausesOf(s)())[0].text).toBe(HOUSING);

    const override = 'The city attorney confirmed it is lawful.';
    expect((await act(body.id, 'accept', s.fay.token, { override })).status).toBe(200);
    const [listed] = await amendmentsOf(s);
    expect(listed).toMatchObject({ status: 'accepted', decision: { by: { id: s.fay.id, name: 'Fay' }, override } });
    expect((await clausesOf(s)())[0]).toMatchObject({ id: s.clauseId, text: BETTER });
    const activity = (await request<ActivityEntry[]>(server.url, 'GET', `/api/drafts/${s.draftId}/activity`, { token: s.tokens.viewer })).body;
    // Newest first: the version of the text after it, then the decision.
    expect(activity.slice(0, 2)).toMatchObject([
      { kind: 'version', author: { id: s.fay.id, name: 'Fay' } },
      { kind: 'amendment', author: { id: s.fay.id, name: 'Fay' } },
    ]);
  });

  it('declines with a note, on the record', async () => {
    const s = await setup();
    const { body } = await propose(s, s.amina.token, { clauseId: s.clauseId, text: BETTER });
    expect((await act(body.id, 'decline', s.fay.token, { note: 'Out of scope for this charter.' })).status).toBe(200);
    expect((await amendmentsOf(s))[0]).toMatchObject({ status: 'declined', decision: { by: { name: 'Fay' }, note: 'Out of scope for this charter.' } });
    expect((await clausesOf(s)())[0].text).toBe(HOUSING);
  });

  it('refuses an amendment to a clause that changed since it was written, and leaves the text as it is', async () => {
    const s = await setup();
    const { body } = await propose(s, s.amina.token, { clauseId: s.clauseId, text: BETTER });
    const paragraph = s.writer.doc.getXmlFragment('body').get(0) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(0, 'Now, ');
    const edited = `Now, ${HOUSING}`;
    await eventually(clausesOf(s), (list) => list[0].text === edited, 'the edit on the server');
    const refused = await act(body.id, 'accept', s.fay.token);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('clause_changed');
    expect((await clausesOf(s)())[0]).toMatchObject({ id: s.clauseId, text: edited });
    expect((await amendmentsOf(s))[0].status).toBe('open');
  });

  it('in review drops a socket’s typing, but an accepted amendment changes the text, same clause id, links intact', async () => {
    const s = await setup();
    const link = await request(server.url, 'POST', `/api/drafts/${s.draftId}/annotations`, {
      token: s.amina.token,
      body: { clauseId: s.clauseId, type: 'principle', principleId: 'hrc.right-to-the-city' },
    });
    expect(link.status).toBe(201);
    await request(server.url, 'POST', `/api/drafts/${s.draftId}/annotations`, { token: s.rui.token, body: { clauseId: s.clauseId, type: 'comment', text: 'Good.' } });
    const first = await propose(s, s.amina.token, { clauseId: s.clauseId, text: BETTER });
    const rival = await propose(s, s.rui.token, { clauseId: s.clauseId, text: 'Whereas housing is a right;' });
    expect((await request(server.url, 'PATCH', `/api/drafts/${s.draftId}`, { token: s.tokens.facilitator, body: { status: 'review' } })).status).toBe(200);

    // Typing in review goes nowhere.
    const observer = connectClient(server.collabUrl, s.draftId, s.tokens.viewer);
    await synced(observer.provider);
    const paragraph = s.writer.doc.getXmlFragment('body').get(0) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(0, 'Typed in review: ');
    s.writer.provider.awareness.setLocalStateField('user', { name: 'Amina, after typing' });
    await waitFor(
      () => [...observer.provider.awareness.getStates().values()].some((state) => state.user?.name === 'Amina, after typing'),
      'the writer’s later message to arrive',
    );
    expect(blocks(observer.doc)[0]).toBe(HOUSING);
    expect((await clausesOf(s)())[0].text).toBe(HOUSING);

    // Proposing in review is open; accepting is the way the text changes.
    const started = performance.now();
    expect((await act(first.body.id, 'accept', s.fay.token)).status).toBe(200);
    await waitFor(() => blocks(observer.doc)[0] === BETTER, 'the accepted words on the observer');
    console.log(`accept in review to a connected client: ${(performance.now() - started).toFixed(0)} ms`);
    const [clause] = await clausesOf(s)();
    expect(clause).toMatchObject({ id: s.clauseId, text: BETTER, principles: ['hrc.right-to-the-city'], comments: 1 });
    const listed = await amendmentsOf(s);
    expect(listed.find((a) => a.id === rival.body.id)?.status).toBe('superseded');

    // Adopted: nothing is proposed or accepted any more.
    await request(server.url, 'PATCH', `/api/drafts/${s.draftId}`, { token: s.tokens.facilitator, body: { status: 'adopted' } });
    expect((await propose(s, s.amina.token, { clauseId: s.otherClauseId, text: 'Whereas water is life;' })).status).toBe(409);
  });

  it('drops a write to .decisions from every role: never applied, stored or forwarded', async () => {
    const s = await setup();
    const observer = await watchDecisions(s.draftId, s.tokens.viewer);
    const tokens = [s.fay.token, s.amina.token, s.rui.token, s.vic.token, s.tokens.facilitator, s.tokens.editor];
    for (const [index, token] of tokens.entries()) {
      const forger = await watchDecisions(s.draftId, token);
      forger.doc.getMap(AMENDMENTS_MAP).set(`forged${index}`, { id: `forged${index}`, clauseId: s.clauseId, status: 'accepted' });
      // Sent after the write on the same socket: once the observer sees it, the write has been read.
      forger.provider.awareness.setLocalStateField('user', { name: `forger ${index}` });
      await waitFor(
        () => [...observer.provider.awareness.getStates().values()].some((state) => state.user?.name === `forger ${index}`),
        `forger ${index}'s later message`,
      );
    }
    const { body } = await propose(s, s.amina.token, { clauseId: s.clauseId, text: BETTER });
    await waitFor(() => observer.amendment(body.id) !== undefined, 'the real proposal');
    expect([...observer.doc.getMap(AMENDMENTS_MAP).keys()]).toEqual([body.id]);
    const late = await watchDecisions(s.draftId, s.tokens.viewer);
    expect([...late.doc.getMap(AMENDMENTS_MAP).keys()]).toEqual([body.id]);
    expect((await amendmentsOf(s)).map((a) => a.id)).toEqual([body.id]);
  });

  it('carries each clause’s amendments into every export, in its language', async () => {
    const s = await setup();
    const accepted = await propose(s, s.amina.token, { clauseId: s.clauseId, text: BETTER, rationale: 'Safety first.' });
    await act(accepted.body.id, 'stances', s.rui.token, { stance: 'object', reason: 'The budget cannot carry it.' });
    await act(accepted.body.id, 'stances', s.fay.token, { stance: 'support' });
    await act(accepted.body.id, 'accept', s.fay.token, { note: 'Carried.' });
    const declined = await propose(s, s.rui.token, { clauseId: s.otherClauseId, text: 'Whereas water is a commodity;' });
    await act(declined.body.id, 'decline', s.fay.token, { note: 'Against the charter’s principles.' });

    const download = async (format: string, lang = 'en') => {
      const response = await fetch(`${server.url}/api/drafts/${s.draftId}/export?format=${format}&lang=${lang}`, {
        headers: { Authorization: `Bearer ${s.tokens.viewer}` },
      });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const expectRecord = (text: string) => {
      expect(text).toContain('Accepted');
      expect(text).toContain('Declined');
      expect(text).toContain('Whereas water is a commodity;');
      expect(text).toContain('The budget cannot carry it.');
      expect(text).toContain('Support 1');
      expect(text).toContain('Object 1');
      expect(text).toContain('Against the charter’s principles.');
      expect(text).toContain('Fay');
    };
    expectRecord((await download('md')).toString('utf8').replace(/\\/g, ''));
    expectRecord((await download('html')).toString('utf8'));
    const json = JSON.parse((await download('json')).toString('utf8'));
    expect(json.clauses[0].amendments[0]).toMatchObject({ text: BETTER, outcome: 'Accepted', decidedBy: 'Fay', reasons: [{ stance: 'Object', reason: 'The budget cannot carry it.' }] });
    const docx = await JSZip.loadAsync(await download('docx'));
    expectRecord(await docx.file('word/footnotes.xml')!.async('string'));
    const dir = mkdtempSync(joinPath(tmpdir(), 'charter-amendments-'));
    try {
      writeFileSync(joinPath(dir, 'draft.pdf'), await download('pdf'));
      expectRecord(execFileSync('pdftotext', [joinPath(dir, 'draft.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const es = (await download('md', 'es')).toString('utf8');
    expect(es).toContain('Enmiendas');
    expect(es).toContain('Aceptada');
    expect(es).toContain('Objeción 1');
    expect((await download('html', 'fr')).toString('utf8')).toContain('Refusé');
  });

  it('brings the accepted words to 200 connected clients', async () => {
    const s = await setup();
    const clients = Array.from({ length: 200 }, (_, i) => connectClient(server.collabUrl, s.draftId, i % 2 ? s.tokens.viewer : s.tokens.reviewer));
    await Promise.all(clients.map((client) => synced(client.provider, 30_000)));
    const { body } = await propose(s, s.amina.token, { clauseId: s.clauseId, text: BETTER });
    const started = performance.now();
    expect((await act(body.id, 'accept', s.fay.token)).status).toBe(200);
    const answered = performance.now() - started;
    await waitFor(() => clients.every((client) => blocks(client.doc)[0] === BETTER), 'every client to hold the new words', 20_000);
    const everyone = performance.now() - started;
    console.log(`accept at 200 clients: answered in ${answered.toFixed(0)} ms, every client holds the words at ${everyone.toFixed(0)} ms`);
    expect(everyone).toBeLessThan(5_000);
  }, 60_000);
});
