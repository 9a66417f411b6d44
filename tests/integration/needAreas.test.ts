import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause, Coverage, Need } from '@charter/shared';
import { openSqliteStore } from '../../server/src/store/sqlite.js';
import { createFixture, request, type Fixture } from '../support/api.js';
import { appendParagraph, connectClient, eventually, synced } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';
import { teardownLater } from '../support/teardown.js';

/** The server's own SQLite driver (the part used here), to write a row as an older version left it. */
type RawDatabase = { prepare(sql: string): { run(): unknown }; close(): void };
const Database = createRequire(new URL('../../server/package.json', import.meta.url))('better-sqlite3') as new (file: string) => RawDatabase;

let server: RunningServer;
let fixture: Fixture;
let path: string;

beforeAll(async () => {
  server = await startServer();
  fixture = await createFixture(server.url);
  path = `/api/initiatives/${fixture.initiative.id}/needs`;
});

const base = { statement: 'A safe place for young people who have no home', communities: ['Unhoused youth'], source: 'Drop-in centre' };

async function record(body: object): Promise<{ status: number; body: { id: string } & Record<string, unknown> }> {
  return request(server.url, 'POST', path, { token: fixture.tokens.editor, body });
}

async function need(id: string): Promise<Need> {
  return (await request<Need>(server.url, 'GET', `/api/needs/${id}`, { token: fixture.tokens.viewer })).body;
}

describe('a need’s rights areas', () => {
  it('keeps the single "rightsArea" of every earlier client working, and lists it as one area', async () => {
    const created = await record({ ...base, rightsArea: 'housing' });
    expect(created.status).toBe(201);
    expect(await need(created.body.id)).toMatchObject({ rightsArea: 'housing', rightsAreas: ['housing'] });
  });

  it('takes several areas, language access among them; the register names the first as "rightsArea"', async () => {
    const created = await record({ ...base, rightsAreas: ['language-access', 'housing', 'education', 'housing'] });
    expect(created.status).toBe(201);
    expect(await need(created.body.id)).toMatchObject({ rightsArea: 'language-access', rightsAreas: ['language-access', 'housing', 'education'] });

    const register = (await request<Need[]>(server.url, 'GET', `${path}?rightsArea=education`, { token: fixture.tokens.viewer })).body;
    expect(register.map((n) => n.id)).toContain(created.body.id);
    const other = (await request<Need[]>(server.url, 'GET', `${path}?rightsArea=food`, { token: fixture.tokens.viewer })).body;
    expect(other.map((n) => n.id)).not.toContain(created.body.id);
  });

  it('puts "rightsArea" first when a request gives both', async () => {
    const created = await record({ ...base, rightsArea: 'participation', rightsAreas: ['language-access', 'participation'] });
    expect(await need(created.body.id)).toMatchObject({ rightsArea: 'participation', rightsAreas: ['participation', 'language-access'] });
  });

  it.each([
    ['no area at all', base],
    ['an empty list', { ...base, rightsAreas: [] }],
    ['an unknown area in the list', { ...base, rightsAreas: ['housing', 'space'] }],
    ['a list that is not a list', { ...base, rightsAreas: 'housing' }],
  ])('refuses %s with a clear 400, storing nothing', async (_case, body) => {
    const before = (await request<Need[]>(server.url, 'GET', path, { token: fixture.tokens.viewer })).body.length;
    const refused = await record(body);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    expect((await request<Need[]>(server.url, 'GET', path, { token: fixture.tokens.viewer })).body).toHaveLength(before);
  });

  it('changes the areas on an edit, and keeps them when an edit names none', async () => {
    const created = await record({ ...base, rightsArea: 'housing' });
    const needPath = `/api/needs/${created.body.id}`;
    const token = fixture.tokens.facilitator;
    const widened = await request<Need>(server.url, 'PATCH', needPath, { token, body: { rightsAreas: ['housing', 'children-youth'] } });
    expect(widened.body).toMatchObject({ rightsArea: 'housing', rightsAreas: ['housing', 'children-youth'] });
    const renamed = await request<Need>(server.url, 'PATCH', needPath, { token, body: { source: 'Drop-in centre, winter' } });
    expect(renamed.body.rightsAreas).toEqual(['housing', 'children-youth']);
    const single = await request<Need>(server.url, 'PATCH', needPath, { token, body: { rightsArea: 'education' } });
    expect(single.body).toMatchObject({ rightsArea: 'education', rightsAreas: ['education'] });
    expect((await request(server.url, 'PATCH', needPath, { token, body: { rightsAreas: [] } })).status).toBe(400);
    expect((await need(created.body.id)).rightsAreas).toEqual(['education']);
  });

  it('shows every area in coverage and in the JSON export', async () => {
    const created = await record({ ...base, rightsAreas: ['housing', 'children-youth'] });
    const writer = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
    await synced(writer.provider);
    appendParagraph(writer.doc, 'The city keeps a shelter open for young people all year.');
    const [clause] = await eventually(
      async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: fixture.tokens.viewer })).body,
      (list) => list.length === 1,
      'the clause',
    );
    writer.provider.destroy();
    const linked = await request(server.url, 'POST', `/api/drafts/${fixture.draftId}/annotations`, {
      token: fixture.tokens.editor,
      body: { clauseId: clause.id, type: 'need', needId: created.body.id },
    });
    expect(linked.status).toBe(201);

    const coverage = (await request<Coverage>(server.url, 'GET', `/api/drafts/${fixture.draftId}/coverage`, { token: fixture.tokens.viewer })).body;
    expect(coverage.needs.find((n) => n.id === created.body.id)).toMatchObject({ rightsArea: 'housing', rightsAreas: ['housing', 'children-youth'] });
    const exported = (await request<{ clauses: Array<{ needs: Need[] }> }>(server.url, 'GET', `/api/drafts/${fixture.draftId}/export?format=json`, { token: fixture.tokens.viewer })).body;
    expect(exported.clauses[0].needs[0]).toMatchObject({ rightsArea: 'housing', rightsAreas: ['housing', 'children-youth'] });
  });
});

it('reads a need stored before needs had several areas as its one area', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'charter-needs-'));
  teardownLater(() => rmSync(dir, { recursive: true, force: true }));
  const at = '2026-01-01T00:00:00.000Z';
  const store = openSqliteStore(dir);
  await store.app.createInitiative({ id: 'i', name: 'N', place: 'P', createdAt: at }, []);
  await store.app.createNeed({
    id: 'n', initiativeId: 'i', statement: 'Rent we can pay', communities: ['Tenants'], rightsArea: 'housing', rightsAreas: ['housing'],
    source: 'Meeting', date: '2026-01-01', archived: false, author: null, voice: 'community', createdAt: at, updatedAt: at,
  });
  await store.close();
  // As the row reads after the migration that added the column, for a need recorded before it.
  const db = new Database(join(dir, 'charter.db'));
  db.prepare('UPDATE needs SET rights_areas = NULL').run();
  db.close();

  const again = openSqliteStore(dir);
  teardownLater(() => again.close().catch(() => {}));
  expect(await again.app.getNeed('n')).toMatchObject({ rightsArea: 'housing', rightsAreas: ['housing'] });
});
