import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFixture, request, type Fixture } from '../support/api.js';
import { appendParagraph, closeCode, connectClient, eventually, synced } from '../support/collab.js';
import { createDatabase } from '../support/postgres.js';
import { startServer, type RunningServer } from '../support/server.js';
import { teardownLater } from '../support/teardown.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

let server: RunningServer;
let fixture: Fixture;
beforeAll(async () => {
  server = await startServer();
  fixture = await createFixture(server.url);
});

/**
 * `pnpm admin …` as the root package.json runs it, from the repository's root,
 * against a running server's store (its DATA_DIR, and DATABASE_URL when set).
 */
async function adminOn(target: RunningServer, extraEnv: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { dataDir, databaseUrl } = target.storage;
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(target.port), HOST: '127.0.0.1', ...extraEnv };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  try {
    const { stdout, stderr } = await run(process.execPath, ['server/dist/admin.js', ...args], { cwd: ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const admin = (...args: string[]) => adminOn(server, {}, ...args);

describe('pnpm admin', () => {
  it('lists the initiatives: id, name, place, created', async () => {
    const listed = await admin('initiatives');
    expect(listed.code).toBe(0);
    const row = listed.stdout.trim().split('\n').map((line) => line.split('\t')).find(([id]) => id === fixture.initiative.id);
    expect(row?.slice(0, 3)).toEqual([fixture.initiative.id, 'Human Rights City of Riverside', 'Riverside']);
    expect(Number.isNaN(Date.parse(row![3]))).toBe(false);
  });

  it('keeps one line per initiative when a name holds a tab or a line break', async () => {
    const created = await request<{ id: string }>(server.url, 'POST', '/api/initiatives', { body: { name: 'Tenants\tUnion\nEast', place: 'Riverside' } });
    const lines = (await admin('initiatives')).stdout.trim().split('\n');
    expect(lines.find((line) => line.startsWith(created.body.id))?.split('\t')).toEqual([created.body.id, 'Tenants Union East', 'Riverside', expect.any(String)]);
  });

  it('issues a new facilitator link that works at once, and the old one stops (401)', async () => {
    const issued = await admin('invite', fixture.initiative.id, 'facilitator');
    expect(issued.code).toBe(0);
    const url = issued.stdout.trim();
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/join/[A-Za-z0-9_-]{43}$`));
    const token = url.split('/join/')[1];

    // The running server answers the new token as a facilitator's: it can start a draft.
    const draft = await request<{ id: string }>(server.url, 'POST', `/api/initiatives/${fixture.initiative.id}/drafts`, {
      token,
      body: { title: 'Started with the new link', kind: 'resolution' },
    });
    expect(draft.status).toBe(201);
    expect((await request(server.url, 'GET', `/api/initiatives/${fixture.initiative.id}`, { token: fixture.tokens.facilitator })).status).toBe(401);
    // Other roles' links are untouched.
    expect((await request(server.url, 'GET', `/api/initiatives/${fixture.initiative.id}`, { token: fixture.tokens.editor })).status).toBe(200);
    fixture.tokens.facilitator = token;
  });

  it('refuses new sockets of the replaced link; one already open stays until it reconnects (as the README says)', async () => {
    const open = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.reviewer);
    await synced(open.provider);
    expect((await admin('invite', fixture.initiative.id, 'reviewer')).code).toBe(0);
    expect(await closeCode(`${server.collabUrl}/${fixture.draftId}?token=${fixture.tokens.reviewer}`)).toBe(4401);
    // The open socket was not told: only a running server that replaced the link closes it.
    const writer = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
    await synced(writer.provider);
    appendParagraph(writer.doc, 'Written after the reviewer link was replaced.');
    await eventually(
      async () => open.doc.getXmlFragment('body').toString(),
      (xml) => xml.includes('Written after the reviewer link was replaced.'),
      'the edit reaching the socket opened before',
    );
    expect(open.provider.wsconnected).toBe(true);
    open.provider.destroy();
    writer.provider.destroy();
  });

  it('prints links at the address given with --origin', async () => {
    const issued = await admin('invite', fixture.initiative.id, 'viewer', '--origin', 'https://charter.example.org/ignored/path');
    expect(issued.code).toBe(0);
    expect(issued.stdout.trim()).toMatch(/^https:\/\/charter\.example\.org\/join\/[A-Za-z0-9_-]{43}$/);
    const token = issued.stdout.trim().split('/join/')[1];
    expect((await request(server.url, 'GET', `/api/initiatives/${fixture.initiative.id}/drafts`, { token })).status).toBe(200);
  });

  it('says clearly what is wrong, with an exit code other than 0, and changes nothing', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['invite', 'nosuchinitiative', 'editor'], /No initiative has the id "nosuchinitiative"/],
      [['invite', fixture.initiative.id, 'mayor'], /Unknown role "mayor": expected one of facilitator, editor, reviewer, viewer/],
      [['invite', fixture.initiative.id], /invite needs an initiative id and a role/],
      [['invite', fixture.initiative.id, 'editor', '--origin', 'not a url'], /--origin must be a web address/],
      [['remove-everything'], /Unknown command "remove-everything"/],
      [[], /Usage:/],
    ];
    for (const [args, message] of cases) {
      const result = await admin(...args);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
    // The editor's link still works: no failed command replaced it.
    expect((await request(server.url, 'GET', `/api/initiatives/${fixture.initiative.id}`, { token: fixture.tokens.editor })).status).toBe(200);
  });
});

describe('pnpm admin with REDIS_URL', () => {
  it('closes the old link\'s open sockets on every running instance at once (4401)', async () => {
    const database = await createDatabase();
    teardownLater(() => database.drop());
    const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    const dataDir = mkdtempSync(join(tmpdir(), 'charter-admin-'));
    teardownLater(() => rmSync(dataDir, { recursive: true, force: true }));
    const shared = await startServer({ storage: { dataDir, databaseUrl: database.url }, env: { REDIS_URL } });
    const { initiative, tokens, draftId } = await createFixture(shared.url);
    const open = connectClient(shared.collabUrl, draftId, tokens.reviewer);
    await synced(open.provider);
    const closed = new Promise<number>((resolve) => open.provider.ws!.addEventListener('close', (event) => resolve(event.code)));
    const issued = await adminOn(shared, { REDIS_URL }, 'invite', initiative.id, 'reviewer');
    expect(issued.code).toBe(0);
    expect(await closed).toBe(4401);
    open.provider.destroy();
  });
});
