import type { NeedBody } from '@charter/shared';
import type { Page } from 'playwright-core';
import { request } from '../support/api.js';

/** Record a need in the register through the API, as a facilitator would. */
export async function recordNeed(base: string, initiativeId: string, token: string, body: NeedBody): Promise<string> {
  const created = await request<{ id: string }>(base, 'POST', `/api/initiatives/${initiativeId}/needs`, { token, body });
  if (created.status !== 201) throw new Error(`need: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.id;
}

/** Type clauses into the editor, one block each. */
export async function typeClauses(page: Page, clauses: string[]): Promise<void> {
  await page.locator('.ProseMirror').click();
  for (const [index, clause] of clauses.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(clause);
  }
}

/** The gutter button of clause `n` (from 1), once the gutter shows that many clauses. */
export async function gutterButton(page: Page, n: number) {
  const button = page.locator('.clause-gutter .clause-button').nth(n - 1);
  await button.waitFor();
  return button;
}

/** Open the notes panel of clause `n` and wait for its heading. */
export async function openNotes(page: Page, n: number) {
  await (await gutterButton(page, n)).click();
  const panel = page.locator('#notes-panel');
  await panel.getByRole('heading', { level: 2, name: `Notes on clause ${n}` }).waitFor();
  return panel;
}
