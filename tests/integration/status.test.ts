import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Clause } from '@charter/shared';
import { createFixture, request } from '../support/api.js';
import { appendParagraph, blocks, connectClient, eventually, synced } from '../support/collab.js';
import { openRaw, syncMessage, Wire } from '../support/raw.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});

/** A POST whose headers and first bytes go now, and whose last bytes go when `finish()` is called. */
function heldPost(path: string, token: string, body: string, heldBytes = 10) {
  let held: ClientRequest | null = null;
  const response = new Promise<{ status: number; body: { error?: { code: string } } }>((resolve, reject) => {
    const req: ClientRequest = httpRequest(server.url + path, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    });
    req.on('error', reject);
    req.on('response', (res: IncomingMessage) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {} }));
    });
    held = req;
  });
  held!.write(body.slice(0, -heldBytes));
  return { response, finish: () => held!.end(body.slice(-heldBytes)) };
}

describe('draft status under a slow request', () => {
  it('refuses an annotation whose body arrives after adoption, and the room stays adopted', async () => {
    const fixture = await createFixture(server.url);
    const writer = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
    await synced(writer.provider);
    appendParagraph(writer.doc, 'Whereas housing is a human right;');
    const [clause] = await eventually(
      async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: fixture.tokens.viewer })).body,
      (list) => list.length === 1,
      'the clause through the API',
    );
    // An editor's socket, open from before the status changes.
    const editor = await openRaw(server.collabUrl, fixture.draftId, fixture.tokens.editor);
    await editor.roundTrip();

    const held = heldPost(`/api/drafts/${fixture.draftId}/annotations`, fixture.tokens.editor, JSON.stringify({ clauseId: clause.id, type: 'comment', text: 'Slow, and late.' }));
    // The held request's headers came first: by the time the same token and draft
    // have been read three times over for later requests, it waits on its body.
    for (let i = 0; i < 3; i++) expect((await request(server.url, 'GET', `/api/drafts/${fixture.draftId}`, { token: fixture.tokens.editor })).status).toBe(200);
    for (const status of ['review', 'adopted']) {
      const patched = await request(server.url, 'PATCH', `/api/drafts/${fixture.draftId}`, { token: fixture.tokens.facilitator, body: { status } });
      expect(patched.status).toBe(200);
    }
    held.finish();
    const answer = await held.response;
    expect(answer.status).toBe(409);
    expect(answer.body.error?.code).toBe('adopted');

    // The editor's socket writes on: nothing of it is stored or passed on.
    const late = new Y.Doc();
    Y.applyUpdate(late, Y.encodeStateAsUpdate(writer.doc));
    const before = Y.encodeStateVector(late);
    appendParagraph(late, 'Written after adoption');
    editor.ws.send(syncMessage(Wire.Update, Y.encodeStateAsUpdate(late, before)));
    const seen = await editor.roundTrip();
    expect(blocks(seen)).toEqual(['Whereas housing is a human right;']);
    const fresh = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.viewer);
    await synced(fresh.provider);
    expect(blocks(fresh.doc)).toEqual(['Whereas housing is a human right;']);
    expect(fresh.doc.getMap('meta').get('status')).toBe('adopted');
    const clauses = await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: fixture.tokens.viewer });
    expect(clauses.body[0].comments).toBe(0);
  });

  it('keeps an adopted draft’s title, as its text', async () => {
    const fixture = await createFixture(server.url);
    const path = `/api/drafts/${fixture.draftId}`;
    const patch = (body: unknown) => request<{ error?: { code: string } }>(server.url, 'PATCH', path, { token: fixture.tokens.facilitator, body });
    expect((await patch({ status: 'adopted' })).status).toBe(200);
    const renamed = await patch({ title: 'Something else' });
    expect(renamed.status).toBe(409);
    expect(renamed.body.error?.code).toBe('adopted');
    const draft = await request<{ title: string; status: string }>(server.url, 'GET', path, { token: fixture.tokens.viewer });
    expect(draft.body).toMatchObject({ title: 'Riverside Human Rights Charter', status: 'adopted' });
    // Reopened, it can be renamed again.
    expect((await patch({ status: 'drafting' })).status).toBe(200);
    expect((await patch({ title: 'Something else' })).status).toBe(200);
  });
});
