import type { Page } from 'playwright-core';
import type { Clause } from '@charter/shared';
import { request } from '../support/api.js';
import { appendParagraph, connectClient, eventually, synced } from '../support/collab.js';
import { joinAs } from './browser.js';

/**
 * Take the invite (joining by name when `name` is given, as anyone who writes
 * does), then open the draft's review page.
 */
export async function openReview(page: Page, token: string, draftId: string, name?: string): Promise<void> {
  if (name) {
    await joinAs(page, token, name);
  } else {
    await page.goto(`/join/${token}`);
    await page.getByRole('heading', { level: 2, name: 'Drafts' }).waitFor();
  }
  await page.goto(`/drafts/${draftId}/review`);
  await page.getByRole('heading', { level: 2, name: 'The text with its notes' }).waitFor();
}

/**
 * Write paragraphs as a stock y-websocket client would, and return the clauses
 * once the server has given each its id.
 */
export async function seedClauses(base: string, collabUrl: string, draftId: string, token: string, texts: string[]): Promise<Clause[]> {
  const { doc, provider } = connectClient(collabUrl, draftId, token);
  await synced(provider);
  for (const text of texts) appendParagraph(doc, text);
  return eventually(
    async () => (await request<Clause[]>(base, 'GET', `/api/drafts/${draftId}/clauses`, { token })).body,
    (clauses) => Array.isArray(clauses) && clauses.length === texts.length,
    'the seeded clauses',
  );
}

/** Post an annotation through the API, as an integration would. */
export async function annotate(base: string, draftId: string, token: string, body: unknown): Promise<string> {
  const created = await request<{ id: string }>(base, 'POST', `/api/drafts/${draftId}/annotations`, { token, body });
  if (created.status !== 201) throw new Error(`annotation: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.id;
}
