import { describe, expect, it } from 'vitest';
import { createFixture } from '../support/api.js';
import { appendParagraph, blocks, connectClient, synced, waitFor } from '../support/collab.js';
import { startServer } from '../support/server.js';

describe('durability', () => {
  it('loses nothing another client has seen when the server is killed mid-burst', async () => {
    const first = await startServer();
    const { draftId, tokens } = await createFixture(first.url);
    const writer = connectClient(first.collabUrl, draftId, tokens.editor);
    const observer = connectClient(first.collabUrl, draftId, tokens.viewer);
    await Promise.all([synced(writer.provider), synced(observer.provider)]);

    // A burst: one edit every turn of the event loop, until the server dies under it.
    let sent = 0;
    const burst = setInterval(() => {
      for (let i = 0; i < 5; i++) appendParagraph(writer.doc, `edit ${sent++}`);
    }, 1);
    await waitFor(() => blocks(observer.doc).length >= 300, 'the observer to see 300 edits');
    await first.kill();
    clearInterval(burst);
    const seen = blocks(observer.doc);
    writer.provider.destroy();
    observer.provider.destroy();

    const second = await startServer({ storage: first.storage });
    const reader = connectClient(second.collabUrl, draftId, tokens.viewer);
    await synced(reader.provider);
    const stored = new Set(blocks(reader.doc));
    const lost = seen.filter((text) => !stored.has(text));
    expect(seen.length).toBeGreaterThanOrEqual(300);
    expect(lost).toEqual([]);
  });

  it('saves everything and exits 0 on SIGTERM', async () => {
    const first = await startServer();
    const { draftId, tokens } = await createFixture(first.url);
    const writer = connectClient(first.collabUrl, draftId, tokens.facilitator);
    const observer = connectClient(first.collabUrl, draftId, tokens.reviewer);
    await Promise.all([synced(writer.provider), synced(observer.provider)]);
    for (let i = 0; i < 50; i++) appendParagraph(writer.doc, `clause ${i}`);
    await waitFor(() => blocks(observer.doc).length === 50, 'the observer to see 50 clauses');
    expect(await first.stop()).toBe(0);
    writer.provider.destroy();
    observer.provider.destroy();

    const second = await startServer({ storage: first.storage });
    const reader = connectClient(second.collabUrl, draftId, tokens.viewer);
    await synced(reader.provider);
    expect(blocks(reader.doc)).toEqual(blocks(writer.doc));
  });
});
