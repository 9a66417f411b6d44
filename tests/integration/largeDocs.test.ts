import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ANNOTATIONS_MAP, CLAUSE_TEXTS_MAP, notesDocName, type Clause } from '@charter/shared';
import { createFixture, request, type Fixture } from '../support/api.js';
import { appendParagraph, connectClient, eventually, synced, waitFor } from '../support/collab.js';
import { openRaw, syncMessage, Wire } from '../support/raw.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let fixture: Fixture;
beforeAll(async () => {
  // Large enough to send a 5 MB paragraph in one message.
  server = await startServer({ env: { MAX_MESSAGE_BYTES: String(16 * 1024 * 1024) } });
  fixture = await createFixture(server.url);
});

/** CPU seconds the server process has used so far (user + system, from /proc). */
function serverCpuSeconds(): number {
  const fields = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat; 12 and 13 after the command name.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

describe('large documents', () => {
  it('costs the server as much for an edit in a huge paragraph as in a small one', async () => {
    const writer = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
    await synced(writer.provider);
    const witness = await openRaw(server.collabUrl, fixture.draftId, fixture.tokens.viewer);
    const small = appendParagraph(writer.doc, 'A small clause.');
    // Written in 5,000 pieces, each before the last: 5,000 items, as several hands leave it.
    const huge = appendParagraph(writer.doc, '');
    writer.doc.transact(() => {
      for (let i = 0; i < 5000; i++) (huge.get(0) as Y.XmlText).insert(0, String(i % 10).repeat(1000));
    });
    await witness.holds(writer.doc);

    const cost = async (paragraph: Y.XmlElement) => {
      const text = paragraph.get(0) as Y.XmlText;
      const before = serverCpuSeconds();
      for (let i = 0; i < 400; i++) text.insert(5 + i, 'x');
      await witness.holds(writer.doc);
      return serverCpuSeconds() - before;
    };
    const smallCost = await cost(small);
    const hugeCost = await cost(huge);
    expect(hugeCost).toBeLessThan(smallCost * 3 + 0.3);
  }, 60_000);

  it('keeps the last text of a deleted clause only while notes need it', async () => {
    const own = await createFixture(server.url);
    const writer = connectClient(server.collabUrl, own.draftId, own.tokens.editor);
    await synced(writer.provider);
    appendParagraph(writer.doc, 'Whereas we stay;');
    appendParagraph(writer.doc, 'b'.repeat(5_000_000));
    appendParagraph(writer.doc, 'Resolved, with notes;');
    const clauses = await eventually(
      async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${own.draftId}/clauses`, { token: own.tokens.viewer })).body,
      (list) => list.length === 3,
      'three clauses',
    );
    const note = await request<{ id: string }>(server.url, 'POST', `/api/drafts/${own.draftId}/annotations`, {
      token: own.tokens.editor,
      body: { clauseId: clauses[2].id, type: 'comment', text: 'Keep what this said.' },
    });
    expect(note.status).toBe(201);

    // Both clauses go; only the one with notes leaves its text behind.
    writer.doc.getXmlFragment('body').delete(1, 2);
    const witness = await openRaw(server.collabUrl, own.draftId, own.tokens.viewer);
    await witness.holds(writer.doc);
    const fresh = connectClient(server.collabUrl, own.draftId, own.tokens.viewer);
    await synced(fresh.provider);
    expect(fresh.doc.getMap(CLAUSE_TEXTS_MAP).toJSON()).toEqual({ [clauses[2].id]: 'Resolved, with notes;' });
    // Before: a fresh client still synced the deleted 5 MB.
    expect(Y.encodeStateAsUpdate(fresh.doc).length).toBeLessThan(100_000);

    // Once its notes are gone, so is its text.
    const notes = connectClient(server.collabUrl, notesDocName(own.draftId), own.tokens.editor);
    await synced(notes.provider);
    notes.doc.getMap(ANNOTATIONS_MAP).delete(note.body.id);
    await waitFor(() => fresh.doc.getMap(CLAUSE_TEXTS_MAP).size === 0, 'the kept text to go');
  }, 60_000);

  it('refuses an update that would grow a document past MAX_DOCUMENT_BYTES, with 1009', async () => {
    const capped = await startServer({ env: { MAX_DOCUMENT_BYTES: '200000' } });
    const own = await createFixture(capped.url);
    const writer = connectClient(capped.collabUrl, own.draftId, own.tokens.editor);
    await synced(writer.provider);
    appendParagraph(writer.doc, 'c'.repeat(120_000));
    const witness = await openRaw(capped.collabUrl, own.draftId, own.tokens.viewer);
    await witness.holds(writer.doc);

    // 120 KB more would pass 200 KB: refused, and its socket closed with 1009.
    const editor = await openRaw(capped.collabUrl, own.draftId, own.tokens.editor);
    const extra = new Y.Doc();
    appendParagraph(extra, 'd'.repeat(120_000));
    editor.ws.send(syncMessage(Wire.Update, Y.encodeStateAsUpdate(extra)));
    expect(await editor.closed).toBe(1009);
    const fresh = connectClient(capped.collabUrl, own.draftId, own.tokens.viewer);
    await synced(fresh.provider);
    expect(fresh.doc.getXmlFragment('body').length).toBe(1);
    // Smaller writes still go in.
    appendParagraph(writer.doc, 'A short clause.');
    await waitFor(() => fresh.doc.getXmlFragment('body').length === 2, 'a small write after the refusal');
  });

  it('drops updates whose dependencies never arrive, past a bound', async () => {
    const own = await createFixture(server.url);
    const source = new Y.Doc();
    const text = source.getText('orphans');
    text.insert(0, 'never sent');
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 30; i++) text.insert(text.length, 'e'.repeat(100_000));

    // 30 × 100 KB that all wait for the first insert, which never comes.
    const editor = await openRaw(server.collabUrl, notesDocName(own.draftId), own.tokens.editor);
    for (const update of updates) editor.ws.send(syncMessage(Wire.Update, update));
    await editor.roundTrip();
    expect(server.output()).toContain('updates with missing dependencies dropped');

    // A fresh client is not sent them: before, it synced 3 MB it never shows.
    const viewer = await openRaw(server.collabUrl, notesDocName(own.draftId), own.tokens.viewer);
    await viewer.roundTrip();
    const step2 = viewer.received.filter((m) => m[0] === Wire.Sync && m[1] === Wire.Step2);
    expect(Math.max(...step2.map((m) => m.length))).toBeLessThan(1_100_000);
  });
});
