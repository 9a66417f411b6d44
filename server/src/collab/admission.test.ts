import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CloseCode } from '@charter/shared';
import { newToken } from '../auth.js';
import { openSqliteStore } from '../store/sqlite.js';
import { admit } from './admission.js';

const dir = mkdtempSync(join(tmpdir(), 'charter-admission-'));
const store = openSqliteStore(dir);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function initiative(id: string): Promise<string> {
  const { token, hash } = newToken();
  await store.app.createInitiative({ id, name: id, place: 'Lakeside', createdAt: new Date().toISOString() }, [{ role: 'editor', tokenHash: hash }]);
  return token;
}

describe('admission to a document', () => {
  it('admits a live token to its own draft, and refuses everything else with its named close code', async () => {
    const ours = await initiative('ours');
    const theirs = await initiative('theirs');
    await store.app.createDraft({ id: 'd1', initiativeId: 'ours', title: 'T', kind: 'charter', status: 'drafting', language: 'en', updatedAt: new Date().toISOString() });

    const admitted = await admit(store.app, 'd1.notes', ours);
    expect(admitted).toMatchObject({ admitted: true, docName: 'd1.notes', credentials: { initiativeId: 'ours', role: 'editor' } });
    expect(await admit(store.app, 'd1', theirs)).toEqual({ admitted: false, code: CloseCode.Forbidden, reason: 'not your initiative' });
    expect(await admit(store.app, 'd1', 'not-a-token')).toEqual({ admitted: false, code: CloseCode.Unauthorized, reason: 'invalid or revoked token' });
    expect(await admit(store.app, 'd1', null)).toMatchObject({ admitted: false, code: CloseCode.Unauthorized });
    expect(await admit(store.app, 'nothing', ours)).toEqual({ admitted: false, code: CloseCode.NotFound, reason: 'no such draft' });
    expect(await admit(store.app, '%E0%A4%A', ours)).toEqual({ admitted: false, code: CloseCode.NotFound, reason: 'no such document' });
    // Without a live token, nothing is told about the address: 4401 whatever it names.
    expect(await admit(store.app, '%E0%A4%A', null)).toMatchObject({ admitted: false, code: CloseCode.Unauthorized });
    expect(await admit(store.app, 'nothing', 'not-a-token')).toMatchObject({ admitted: false, code: CloseCode.Unauthorized });
  });
});
