import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityEntry, Clause, Coverage, DraftDiff, VersionSummary } from '@charter/shared';
import { openPostgresStore } from '../../server/src/store/postgres.js';
import { openSqliteStore } from '../../server/src/store/sqlite.js';
import { createFixture, join, request } from '../support/api.js';
import { appendParagraph, connectClient, synced, waitFor } from '../support/collab.js';
import { startServer, type RunningServer, type Storage } from '../support/server.js';
import { blockOf, clauseIdsAndTexts, clausesOnceThere, move, remove, retype, split, writeClauses } from '../support/text.js';

const PRINCIPLE = 'hrc.right-to-the-city';
const OTHER_PRINCIPLE = 'hrc.non-discrimination';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

/** A draft with its clauses written by a stock client that stays connected. */
async function draftWith(base: string, collabUrl: string, texts: string[]) {
  const fixture = await createFixture(base);
  const writer = connectClient(collabUrl, fixture.draftId, fixture.tokens.editor);
  await synced(writer.provider);
  const clauses = await writeClauses(base, fixture.draftId, fixture.tokens.viewer, writer.doc, texts);
  return { ...fixture, writer: writer.doc, ids: clauses.map((c) => c.id) };
}

function api(base: string, token: string) {
  return {
    get: <T>(path: string) => request<T>(base, 'GET', path, { token }),
    post: <T>(path: string, body?: unknown) => request<T>(base, 'POST', path, { token, body }),
    patch: <T>(path: string, body: unknown) => request<T>(base, 'PATCH', path, { token, body }),
  };
}

/** Fold a document's log into one row, as the server does when its room goes idle; returns the rows left. */
async function compact(storage: Storage, name: string): Promise<number> {
  const store = storage.databaseUrl ? await openPostgresStore(storage.databaseUrl) : openSqliteStore(storage.dataDir);
  try {
    await store.documents.compact(name);
    return (await store.documents.load(name)).length;
  } finally {
    await store.close();
  }
}

describe('versions', () => {
  it('keeps a version through kill -9 right after its 201, a restart and compaction', async () => {
    const first = await startServer();
    const { draftId, tokens, writer } = await draftWith(first.url, first.collabUrl, ['Housing is a right.', 'Water is a public good.']);
    const editor = await join(first.url, tokens.editor, 'Amara');
    const saved = await api(first.url, editor.token).post<VersionSummary>(`/api/drafts/${draftId}/versions`, { name: '  After the 3 March listening session ' });
    expect(saved.status).toBe(201);
    await first.kill();
    expect(saved.body).toEqual({
      id: expect.any(String),
      number: 1,
      name: 'After the 3 March listening session',
      kind: 'named',
      createdAt: expect.any(String),
      author: { id: editor.id, name: 'Amara' },
    });
    writer.destroy();

    const second = await startServer({ storage: first.storage });
    const viewer = api(second.url, tokens.viewer);
    expect((await viewer.get<VersionSummary[]>(`/api/drafts/${draftId}/versions`)).body).toEqual([saved.body]);

    // Many edits after it, then the log folded into one row.
    const client = connectClient(second.collabUrl, draftId, tokens.editor);
    await synced(client.provider);
    for (let i = 0; i < 600; i++) appendParagraph(client.doc, `later clause ${i}`);
    await clausesOnceThere(second.url, draftId, tokens.viewer, 602);
    expect(await second.stop()).toBe(0);
    for (const name of [draftId, `${draftId}.notes`]) expect(await compact(second.storage, name)).toBeLessThanOrEqual(1);

    const third = await startServer({ storage: first.storage });
    const reader = api(third.url, tokens.viewer);
    expect((await reader.get<VersionSummary[]>(`/api/drafts/${draftId}/versions`)).body).toEqual([saved.body]);
    const kept = await reader.get<Clause[]>(`/api/drafts/${draftId}/clauses?version=${saved.body.id}`);
    expect(kept.body.map((c) => c.text)).toEqual(['Housing is a right.', 'Water is a public good.']);
    const markdown = await fetch(`${third.url}/api/drafts/${draftId}/export?format=md&version=${saved.body.id}`, { headers: { Authorization: `Bearer ${tokens.viewer}` } });
    const text = await markdown.text();
    expect(text).toContain('Water is a public good.');
    expect(text).not.toContain('later clause');
  });

  it('diffs clause by clause: an edit, a split, a move, a deletion, and links gained and lost', async () => {
    const texts = ['Preamble of the charter.', 'Water is a public good.', 'Housing is a right. Transit is a right.', 'The city reports yearly.', 'Everyone may take part.'];
    const { draftId, tokens, writer, initiative, ids } = await draftWith(server.url, server.collabUrl, texts);
    const [a, b, c, d, e] = ids;
    const facilitator = api(server.url, tokens.facilitator);
    const linked = await facilitator.post<{ id: string }>(`/api/drafts/${draftId}/annotations`, { clauseId: b, type: 'principle', principleId: PRINCIPLE });
    expect(linked.status).toBe(201);
    const v1 = await facilitator.post<VersionSummary>(`/api/drafts/${draftId}/versions`, { name: 'v1' });
    expect(v1.body).toMatchObject({ number: 1, kind: 'named', author: null });

    retype(writer, b, 'Clean water is a public good.');
    split(writer, c, 'Housing is a right.'.length);
    remove(writer, d);
    move(writer, e, 0);
    const need = await facilitator.post<{ id: string }>(`/api/initiatives/${initiative.id}/needs`, {
      statement: 'Homes we can afford', communities: ['tenants'], rightsArea: 'housing', source: 'Listening session',
    });
    await facilitator.post(`/api/drafts/${draftId}/annotations`, { clauseId: a, type: 'principle', principleId: OTHER_PRINCIPLE });
    await facilitator.post(`/api/drafts/${draftId}/annotations`, { clauseId: c, type: 'need', needId: need.body.id });
    // The link of b goes, from a notes client of the same (anonymous) author.
    const notes = connectClient(server.collabUrl, `${draftId}.notes`, tokens.facilitator);
    await synced(notes.provider);
    notes.doc.getMap('annotations').delete(linked.body.id);
    const now = await clausesOnceThere(server.url, draftId, tokens.viewer, 5);
    const diff = await askUntil<DraftDiff>(facilitator, `/api/drafts/${draftId}/diff?from=${v1.body.id}`, (d) => d.clauses.find((x) => x.clauseId === b)?.links.removed.length === 1 && d.clauses.length === 6);
    const added = now.find((clause) => !ids.includes(clause.id))!;

    expect(diff.from).toBe(v1.body.id);
    expect(diff.to).toBe('current');
    expect(diff.clauses.map((x) => [x.clauseId, x.status])).toEqual([
      [e, 'moved'],
      [a, 'unchanged'],
      [b, 'changed'],
      [c, 'changed'],
      [added.id, 'added'],
      [d, 'removed'],
    ]);
    const byId = new Map(diff.clauses.map((x) => [x.clauseId, x]));
    expect(byId.get(b)).toMatchObject({ before: 'Water is a public good.', after: 'Clean water is a public good.', links: { added: [], removed: [PRINCIPLE] } });
    expect(byId.get(b)!.changes.filter((change) => change.op !== 'equal')).toEqual([
      { op: 'delete', text: 'Water' },
      { op: 'insert', text: 'Clean water' },
    ]);
    expect(byId.get(c)).toMatchObject({ before: texts[2], after: 'Housing is a right.', links: { added: [need.body.id], removed: [] } });
    expect(byId.get(c)!.changes).toContainEqual({ op: 'delete', text: expect.stringContaining('Transit') });
    expect(byId.get(added.id)).toMatchObject({ before: null, after: 'Transit is a right.', changes: [] });
    expect(byId.get(d)).toMatchObject({ before: 'The city reports yearly.', after: null });
    expect(byId.get(a)).toMatchObject({ links: { added: [OTHER_PRINCIPLE], removed: [] } });

    // Two versions compared, either way round.
    const v2 = await facilitator.post<VersionSummary>(`/api/drafts/${draftId}/versions`, { name: 'v2' });
    expect(v2.body.number).toBe(2);
    const back = await facilitator.get<DraftDiff>(`/api/drafts/${draftId}/diff?from=${v2.body.id}&to=${v1.body.id}`);
    expect(back.body.to).toBe(v1.body.id);
    expect(back.body.clauses.find((x) => x.clauseId === d)!.status).toBe('added');
    expect(back.body.clauses.find((x) => x.clauseId === added.id)!.status).toBe('removed');
  });

  it("keeps each reviewer's own 'reviewed' mark", async () => {
    const { draftId, tokens, writer, ids } = await draftWith(server.url, server.collabUrl, ['One.', 'Two.', 'Three.']);
    const first = api(server.url, (await join(server.url, tokens.reviewer, 'Council member Diaz')).token);
    const second = api(server.url, (await join(server.url, tokens.reviewer, 'Clerk Okafor')).token);
    const sinceReviewed = (who: ReturnType<typeof api>) => who.get<DraftDiff>(`/api/drafts/${draftId}/diff?from=reviewed`);
    const changedIn = (diff: DraftDiff) => diff.clauses.filter((x) => x.status !== 'unchanged').map((x) => [x.clauseId, x.status]);

    const marked = await first.post<{ at: string }>(`/api/drafts/${draftId}/reviewed`);
    expect(marked.status).toBe(200);
    expect(Date.parse(marked.body.at)).not.toBeNaN();
    retype(writer, ids[1], 'Two, amended.');
    await askUntil(first, `/api/drafts/${draftId}/clauses`, (clauses: Clause[]) => clauses[1].text === 'Two, amended.');

    expect(changedIn((await sinceReviewed(first)).body)).toEqual([[ids[1], 'changed']]);
    // Never marked: everything is new to them.
    expect(changedIn((await sinceReviewed(second)).body)).toEqual(ids.map((id) => [id, 'added']));

    await second.post(`/api/drafts/${draftId}/reviewed`);
    retype(writer, ids[2], 'Three, amended.');
    await askUntil(first, `/api/drafts/${draftId}/clauses`, (clauses: Clause[]) => clauses[2].text === 'Three, amended.');
    expect(changedIn((await sinceReviewed(second)).body)).toEqual([[ids[2], 'changed']]);
    expect(changedIn((await sinceReviewed(first)).body)).toEqual([[ids[1], 'changed'], [ids[2], 'changed']]);

    // An invite token names nobody: it has no mark of its own.
    const anonymous = api(server.url, tokens.reviewer);
    for (const answer of [await anonymous.post(`/api/drafts/${draftId}/reviewed`), await sinceReviewed(anonymous)]) {
      expect(answer).toMatchObject({ status: 403, body: { error: { code: 'participant_required' } } });
    }
  });

  it('restores a version live on every connected client, its clause ids included, and keeps the text before it', async () => {
    const { draftId, tokens, writer, ids } = await draftWith(server.url, server.collabUrl, ['Alpha.', 'Beta.', 'Gamma.']);
    const facilitator = await join(server.url, tokens.facilitator, 'Facilitator Lee');
    const lead = api(server.url, facilitator.token);
    const v1 = await lead.post<VersionSummary>(`/api/drafts/${draftId}/versions`, { name: 'Agreed on Monday' });
    const expected = clauseIdsAndTexts(writer);

    const watcher = connectClient(server.collabUrl, draftId, tokens.viewer);
    await synced(watcher.provider);
    retype(writer, ids[0], 'Alpha, rewritten.');
    remove(writer, ids[1]);
    appendParagraph(writer, 'Delta.');
    const later = await askUntil(lead, `/api/drafts/${draftId}/clauses`, (clauses: Clause[]) => clauses.length === 3 && clauses[2].text === 'Delta.');
    const delta = later[2].id;
    const comment = await lead.post<{ id: string }>(`/api/drafts/${draftId}/annotations`, { clauseId: delta, type: 'comment', text: 'Keep this one?' });
    expect(comment.status).toBe(201);

    // Only a facilitator, only while drafting, only a version of this draft.
    expect((await api(server.url, tokens.editor).post(`/api/drafts/${draftId}/versions/${v1.body.id}/restore`)).status).toBe(403);
    expect((await lead.post(`/api/drafts/${draftId}/versions/nope/restore`)).status).toBe(404);
    const elsewhere = await draftWith(server.url, server.collabUrl, ['Elsewhere.']);
    const foreign = await api(server.url, elsewhere.tokens.facilitator).post<VersionSummary>(`/api/drafts/${elsewhere.draftId}/versions`, { name: 'x' });
    expect((await api(server.url, elsewhere.tokens.facilitator).post(`/api/drafts/${elsewhere.draftId}/versions/${v1.body.id}/restore`)).status).toBe(404);
    expect((await lead.get(`/api/drafts/${draftId}/clauses?version=${foreign.body.id}`)).status).toBe(404);

    const restored = await lead.post<{ saved: VersionSummary }>(`/api/drafts/${draftId}/versions/${v1.body.id}/restore`);
    expect(restored.status).toBe(200);
    await waitFor(() => JSON.stringify(clauseIdsAndTexts(watcher.doc)) === JSON.stringify(expected), 'the watcher to see the version');
    await waitFor(() => JSON.stringify(clauseIdsAndTexts(writer)) === JSON.stringify(expected), 'the writer to see the version');
    expect((await lead.get<Clause[]>(`/api/drafts/${draftId}/clauses`)).body.map((x) => [x.id, x.text])).toEqual(expected);

    // The text before the restore is a version of its own; the comment on Delta is detached, not lost.
    const versions = (await lead.get<VersionSummary[]>(`/api/drafts/${draftId}/versions`)).body;
    expect(versions.map((v) => [v.number, v.kind])).toEqual([[2, 'restore'], [1, 'named']]);
    expect(restored.body.saved).toEqual(versions[0]);
    const before = await lead.get<Clause[]>(`/api/drafts/${draftId}/clauses?version=${versions[0].id}`);
    expect(before.body.map((x) => x.text)).toEqual(['Alpha, rewritten.', 'Gamma.', 'Delta.']);
    const coverage = await lead.get<Coverage>(`/api/drafts/${draftId}/coverage`);
    expect(coverage.body.detached).toContainEqual({ clauseId: delta, lastText: 'Delta.', annotations: [comment.body.id] });
    const activity = await lead.get<ActivityEntry[]>(`/api/drafts/${draftId}/activity`);
    expect(activity.body[0]).toMatchObject({ kind: 'restore', author: { id: facilitator.id, name: 'Facilitator Lee' } });
    expect(activity.body.filter((entry) => entry.kind === 'version')).toHaveLength(2);

    // The restored text is live: the writer keeps editing it.
    retype(writer, ids[1], 'Beta, again.');
    await askUntil(lead, `/api/drafts/${draftId}/clauses`, (clauses: Clause[]) => clauses[1].text === 'Beta, again.');
    expect(blockOf(watcher.doc, ids[1])).toBeDefined();

    await lead.patch(`/api/drafts/${draftId}`, { status: 'review' });
    const late = await lead.post(`/api/drafts/${draftId}/versions/${v1.body.id}/restore`);
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'not_drafting' } } });
  });

  it('saves the text sent to review and adopted, and keeps the adopted one through reopening', async () => {
    const { draftId, tokens, writer, ids } = await draftWith(server.url, server.collabUrl, ['The adopted words.']);
    const lead = api(server.url, tokens.facilitator);
    await lead.patch(`/api/drafts/${draftId}`, { status: 'review' });
    await lead.patch(`/api/drafts/${draftId}`, { status: 'adopted' });
    await lead.patch(`/api/drafts/${draftId}`, { status: 'drafting' });
    retype(writer, ids[0], 'Words after reopening.');
    await askUntil(lead, `/api/drafts/${draftId}/clauses`, (clauses: Clause[]) => clauses[0].text === 'Words after reopening.');

    const versions = (await lead.get<VersionSummary[]>(`/api/drafts/${draftId}/versions`)).body;
    expect(versions.map((v) => [v.number, v.kind, v.name])).toEqual([[2, 'adopted', 'Adopted'], [1, 'review', 'In review']]);
    const adopted = versions[0];
    for (const format of ['md', 'html', 'json']) {
      const response = await fetch(`${server.url}/api/drafts/${draftId}/export?format=${format}&version=${adopted.id}`, { headers: { Authorization: `Bearer ${tokens.viewer}` } });
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toContain('The adopted words.');
      expect(text).not.toContain('after reopening');
    }
    for (const format of ['docx', 'pdf']) {
      const response = await fetch(`${server.url}/api/drafts/${draftId}/export?format=${format}&version=${adopted.id}`, { headers: { Authorization: `Bearer ${tokens.viewer}` } });
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
    const diff = await lead.get<DraftDiff>(`/api/drafts/${draftId}/diff?from=${adopted.id}`);
    expect(diff.body.clauses.map((x) => x.status)).toEqual(['changed']);
  });

  it('refuses bad names, unknown ids and unreadable sides with a clear 4xx, and changes nothing', async () => {
    const { draftId, tokens } = await draftWith(server.url, server.collabUrl, ['Only clause.']);
    const lead = api(server.url, tokens.facilitator);
    const path = `/api/drafts/${draftId}/versions`;
    const v1 = await lead.post<VersionSummary>(path, { name: 'v1' });
    const refusals: Array<[Promise<{ status: number; body: unknown }>, number]> = [
      [lead.post(path, { name: '' }), 400],
      [lead.post(path, { name: '   ' }), 400],
      [lead.post(path, { name: 'x'.repeat(121) }), 400],
      [lead.post(path, {}), 400],
      [lead.post(path, { name: 'v', kind: 'adopted' }), 400],
      [request(server.url, 'POST', path, { token: tokens.facilitator, rawBody: '{' }), 400],
      [api(server.url, tokens.reviewer).post(path, { name: 'mine' }), 403],
      [api(server.url, tokens.viewer).post(path, { name: 'mine' }), 403],
      [lead.get(`/api/drafts/${draftId}/clauses?version=unknown`), 404],
      [lead.get(`/api/drafts/${draftId}/clauses?version=`), 400],
      [lead.get(`/api/drafts/${draftId}/export?format=md&version=unknown`), 404],
      [lead.get(`/api/drafts/${draftId}/diff`), 400],
      [lead.get(`/api/drafts/${draftId}/diff?from=not%20an%20id`), 400],
      [lead.get(`/api/drafts/${draftId}/diff?from=unknown`), 404],
      [lead.get(`/api/drafts/${draftId}/diff?from=${v1.body.id}&to=unknown`), 404],
      [lead.get(`/api/drafts/${draftId}/diff?from=${v1.body.id}&to=reviewed`), 400],
      [lead.post(`${path}/${'x'.repeat(80)}/restore`), 400],
    ];
    for (const [answer, status] of refusals) {
      const { status: got, body } = await answer;
      expect(got).toBe(status);
      expect(body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    }
    expect((await lead.post(path, { name: 'x'.repeat(120) })).status).toBe(201);
    expect((await lead.get<VersionSummary[]>(path)).body.map((v) => v.name)).toEqual(['x'.repeat(120), 'v1']);
  });
});

/** Ask the API until the answer satisfies `accept`. */
async function askUntil<T>(who: ReturnType<typeof api>, path: string, accept: (value: T) => boolean): Promise<T> {
  let last: T | undefined;
  await waitForAsync(async () => {
    last = (await who.get<T>(path)).body;
    return accept(last);
  });
  return last as T;
}

async function waitForAsync(check: () => Promise<boolean>): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > 10_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
