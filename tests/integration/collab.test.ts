import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, notesDocName, sessionDocName } from '@charter/shared';
import { createFixture, request, type Fixture } from '../support/api.js';
import { appendParagraph, blocks, closeCode, connectClient, synced, waitFor } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let fixture: Fixture;
beforeAll(async () => {
  server = await startServer({ env: { MAX_MESSAGE_BYTES: '4096' } });
  fixture = await createFixture(server.url);
});

describe('convergence', () => {
  it('brings concurrent writers to the same text, and a late joiner too', async () => {
    const { draftId, tokens } = await createFixture(server.url);
    const a = connectClient(server.collabUrl, draftId, tokens.facilitator);
    const b = connectClient(server.collabUrl, draftId, tokens.editor);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    for (let i = 0; i < 20; i++) {
      appendParagraph(a.doc, `a${i}`);
      appendParagraph(b.doc, `b${i}`);
    }
    await waitFor(() => blocks(a.doc).length === 40 && blocks(b.doc).length === 40, 'both to hold 40 blocks');
    expect(blocks(a.doc)).toEqual(blocks(b.doc));

    const late = connectClient(server.collabUrl, draftId, tokens.viewer);
    await synced(late.provider);
    await waitFor(() => blocks(late.doc).length === 40, 'the late joiner to catch up');
    expect(blocks(late.doc)).toEqual(blocks(a.doc));
  });

  it('shares presence with every role', async () => {
    const a = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.viewer);
    const b = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
    a.provider.awareness.setLocalStateField('user', { name: 'Ana', color: '#c00' });
    await Promise.all([synced(a.provider), synced(b.provider)]);
    await waitFor(() => [...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Ana'), 'Ana to be seen');
    a.provider.destroy();
    await waitFor(() => ![...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Ana'), 'Ana to leave');
  });
});

describe('role gate', () => {
  /** Write as `role` and report whether an editor saw it and whether it survived a restart. */
  async function tryWrite(role: keyof Fixture['tokens'], docName: (draftId: string) => string) {
    const own = await createFixture(server.url);
    const name = docName(own.draftId);
    const watcher = connectClient(server.collabUrl, name, own.tokens.facilitator);
    const writer = connectClient(server.collabUrl, name, own.tokens[role]);
    await Promise.all([synced(watcher.provider), synced(writer.provider)]);
    writer.doc.getMap('probe').set('written-by', role);
    // A marker from the facilitator after the probe: once it arrives back, the probe would have too.
    watcher.doc.getMap('marker').set('after', true);
    await waitFor(() => writer.doc.getMap('marker').get('after') === true, 'the marker to round-trip');
    const fresh = connectClient(server.collabUrl, name, own.tokens.viewer);
    await synced(fresh.provider);
    await waitFor(() => fresh.doc.getMap('marker').get('after') === true, 'a fresh client to load the marker');
    return { seen: watcher.doc.getMap('probe').has('written-by'), stored: fresh.doc.getMap('probe').has('written-by') };
  }

  it.each([
    ['facilitator', true, true, true],
    ['editor', true, true, false],
    ['reviewer', false, true, false],
    ['viewer', false, false, false],
  ] as const)('%s: body write %s, notes write %s, session write %s', async (role, body, notes, session) => {
    expect(await tryWrite(role, (id) => id)).toEqual({ seen: body, stored: body });
    expect(await tryWrite(role, notesDocName)).toEqual({ seen: notes, stored: notes });
    expect(await tryWrite(role, sessionDocName)).toEqual({ seen: session, stored: session });
  });

  it('refuses body writes from every role while a draft is in review, and takes them again when drafting', async () => {
    const own = await createFixture(server.url);
    const facilitator = connectClient(server.collabUrl, own.draftId, own.tokens.facilitator);
    const editor = connectClient(server.collabUrl, own.draftId, own.tokens.editor);
    await Promise.all([synced(facilitator.provider), synced(editor.provider)]);
    const status = (value: string) =>
      request(server.url, 'PATCH', `/api/drafts/${own.draftId}`, { token: own.tokens.facilitator, body: { status: value } });

    const watcher = connectClient(server.collabUrl, own.draftId, own.tokens.viewer);
    await synced(watcher.provider);
    for (const value of ['review', 'adopted']) {
      expect((await status(value)).status).toBe(200);
      await waitFor(() => watcher.doc.getMap('meta').get('status') === value, 'open editors to learn the status');
      for (const [who, client] of [['facilitator', facilitator], ['editor', editor]] as const) {
        client.doc.getMap('probe').set(`${value}-${who}`, true);
        // Messages of one socket are read in order: once its presence arrives, so did its edit.
        client.provider.awareness.setLocalStateField('step', value);
      }
      await waitFor(
        () => [...watcher.provider.awareness.getStates().values()].filter((state) => state.step === value).length === 2,
        'both writers to be read',
      );
      expect(watcher.doc.getMap('probe').size).toBe(0);
      expect(facilitator.doc.getMap('probe').has(`${value}-editor`)).toBe(false);
      expect(editor.doc.getMap('probe').has(`${value}-facilitator`)).toBe(false);
    }

    // Back to drafting: the editor is not stuck behind its refused edits.
    expect((await status('drafting')).status).toBe(200);
    editor.doc.getMap('probe').set('drafting', true);
    await waitFor(() => facilitator.doc.getMap('probe').has('drafting'), 'the drafting edit to arrive');
  });
});

describe('draft status', () => {
  it('puts back the status a modified client rewrites in the text, for everyone', async () => {
    const own = await createFixture(server.url);
    const editor = connectClient(server.collabUrl, own.draftId, own.tokens.editor);
    const watcher = connectClient(server.collabUrl, own.draftId, own.tokens.viewer);
    await Promise.all([synced(editor.provider), synced(watcher.provider)]);
    expect(watcher.doc.getMap('meta').get('status')).toBe('drafting');

    editor.doc.getMap('meta').set('status', 'adopted');
    appendParagraph(editor.doc, 'written after the rewrite');
    await waitFor(() => blocks(watcher.doc).includes('written after the rewrite'), 'the edit to arrive');
    await waitFor(() => watcher.doc.getMap('meta').get('status') === 'drafting', 'the status to be put back');
    await waitFor(() => editor.doc.getMap('meta').get('status') === 'drafting', 'the writer to be corrected too');
    expect((await request<Array<{ status: string }>>(server.url, 'GET', `/api/initiatives/${own.initiative.id}/drafts`, { token: own.tokens.viewer })).body).toMatchObject([{ status: 'drafting' }]);
    const late = connectClient(server.collabUrl, own.draftId, own.tokens.viewer);
    await synced(late.provider);
    expect(late.doc.getMap('meta').get('status')).toBe('drafting');
  });
});

describe('close codes', () => {
  it('closes with 4401 for no token or a bad one, 4403 for another initiative', async () => {
    const other = await createFixture(server.url);
    expect(await closeCode(`${server.collabUrl}/${fixture.draftId}`)).toBe(CloseCode.Unauthorized);
    expect(await closeCode(`${server.collabUrl}/${fixture.draftId}?token=nope`)).toBe(CloseCode.Unauthorized);
    expect(await closeCode(`${server.collabUrl}/${fixture.draftId}?token=${other.tokens.facilitator}`)).toBe(CloseCode.Forbidden);
    expect(await closeCode(`${server.collabUrl}/${notesDocName(fixture.draftId)}?token=${other.tokens.viewer}`)).toBe(CloseCode.Forbidden);
  });

  it('closes a message over MAX_MESSAGE_BYTES with 1009, and others go on', async () => {
    const bystander = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
    await synced(bystander.provider);
    const code = await closeCode(`${server.collabUrl}/${fixture.draftId}?token=${fixture.tokens.editor}`, (ws) =>
      ws.send(new Uint8Array(5000)),
    );
    expect(code).toBe(CloseCode.MessageTooBig);
    const writer = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.facilitator);
    await synced(writer.provider);
    appendParagraph(writer.doc, 'still here');
    await waitFor(() => blocks(bystander.doc).includes('still here'), 'the bystander to get the edit');
  });

  it('closes the sockets of a replaced invite with 4401', async () => {
    const own = await createFixture(server.url);
    const editor = connectClient(server.collabUrl, own.draftId, own.tokens.editor);
    await synced(editor.provider);
    const closed = new Promise<number>((resolve) => editor.provider.on('connection-close', (event) => resolve(event?.code ?? 0)));
    expect((await request(server.url, 'POST', `/api/initiatives/${own.initiative.id}/invites/editor`, { token: own.tokens.facilitator })).status).toBe(201);
    expect(await closed).toBe(CloseCode.Unauthorized);
  });
});

describe('clause ids', () => {
  const idsOf = (doc: Y.Doc) =>
    doc
      .getXmlFragment('body')
      .toArray()
      .map((node) => (node as Y.XmlElement).getAttribute('clauseId'));

  it('gives every block a stock client writes a unique id', async () => {
    const own = await createFixture(server.url);
    const a = connectClient(server.collabUrl, own.draftId, own.tokens.editor);
    const b = connectClient(server.collabUrl, own.draftId, own.tokens.facilitator);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    // Concurrent inserts, some with no id and some repeating one.
    for (let i = 0; i < 5; i++) {
      appendParagraph(a.doc, `a${i}`);
      appendParagraph(b.doc, `b${i}`, { clauseId: 'same' });
    }
    await waitFor(() => {
      const ids = idsOf(a.doc);
      return ids.length === 10 && ids.every((id) => typeof id === 'string') && new Set(ids).size === 10;
    }, 'ten unique ids');
    await waitFor(() => JSON.stringify(idsOf(b.doc)) === JSON.stringify(idsOf(a.doc)), 'both clients to agree on ids');
    expect(idsOf(a.doc).filter((id) => id === 'same')).toHaveLength(1);
  });

  it('keeps the id on the first half of a split and names the second', async () => {
    const own = await createFixture(server.url);
    const a = connectClient(server.collabUrl, own.draftId, own.tokens.editor);
    await synced(a.provider);
    appendParagraph(a.doc, 'Whereas housing is a right');
    await waitFor(() => typeof idsOf(a.doc)[0] === 'string', 'the first id');
    const original = idsOf(a.doc)[0];
    // A split as a stock editor makes it: the second half copies the attributes.
    a.doc.transact(() => {
      const first = a.doc.getXmlFragment('body').get(0) as Y.XmlElement;
      (first.get(0) as Y.XmlText).delete(18, 8);
      const second = new Y.XmlElement('paragraph');
      second.setAttribute('clauseId', original!);
      second.insert(0, [new Y.XmlText(' a right')]);
      a.doc.getXmlFragment('body').insert(1, [second]);
    });
    await waitFor(() => new Set(idsOf(a.doc)).size === 2, 'the second half to get its own id');
    expect(idsOf(a.doc)[0]).toBe(original);
    expect(blocks(a.doc)).toEqual(['Whereas housing is', ' a right']);
  });

  it('leaves the notes document alone', async () => {
    const own = await createFixture(server.url);
    const a = connectClient(server.collabUrl, notesDocName(own.draftId), own.tokens.reviewer);
    const b = connectClient(server.collabUrl, notesDocName(own.draftId), own.tokens.editor);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    a.doc.getMap('notes').set('n1', 'comment');
    await waitFor(() => b.doc.getMap('notes').get('n1') === 'comment', 'the note');
    expect(b.doc.getXmlFragment('body').length).toBe(0);
  });
});
