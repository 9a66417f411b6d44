import { expect, it } from 'vitest';
import { formatDay, formatMoment, type Clause } from '@charter/shared';
import { createFixture, request } from '../support/api.js';
import { appendParagraph, connectClient, eventually, synced } from '../support/collab.js';
import { startServer } from '../support/server.js';

it('every export writes its dates as the page does, with the one shared formatter, in the export’s language', async () => {
  const server = await startServer();
  const { draftId, tokens } = await createFixture(server.url);
  const writer = connectClient(server.collabUrl, draftId, tokens.editor);
  await synced(writer.provider);
  appendParagraph(writer.doc, 'Water is a right.');
  const [clause] = await eventually(
    async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${draftId}/clauses`, { token: tokens.editor })).body,
    (list) => list.length === 1,
    'the clause',
  );
  writer.provider.destroy();
  const posted = await request(server.url, 'POST', `/api/drafts/${draftId}/annotations`, {
    token: tokens.editor,
    body: { clauseId: clause.id, type: 'comment', text: 'Tap water too?' },
  });
  expect(posted.status).toBe(201);
  const exported = (await request<{ clauses: Array<{ comments: Array<{ createdAt: string }> }> }>(server.url, 'GET', `/api/drafts/${draftId}/export?format=json`, { token: tokens.viewer })).body;
  const createdAt = exported.clauses[0].comments[0].createdAt;

  for (const lang of ['en', 'es', 'fr'] as const) {
    for (const format of ['md', 'html']) {
      const response = await fetch(`${server.url}/api/drafts/${draftId}/export?format=${format}&lang=${lang}`, { headers: { Authorization: `Bearer ${tokens.viewer}` } });
      const text = await response.text();
      expect(text, `${format} in ${lang}`).toContain(formatMoment(createdAt, lang, 'UTC'));
      expect(text, `${format} in ${lang}`).toContain(formatDay(new Date().toISOString(), lang, 'UTC'));
    }
  }
});
