import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { blocks, connectClient, synced } from '../support/collab.js';
import { startServer } from '../support/server.js';
import { newPerson } from './browser.js';

it('starts an initiative and a draft from the home page, and saves what is typed', async () => {
  const server = await startServer();
  const { context, page } = await newPerson(server.url);

  await page.goto('/');
  await page.getByLabel('Name of the initiative').fill('Human Rights City Lakeside');
  await page.getByLabel('Place').fill('Lakeside');
  await page.getByRole('button', { name: 'Start the initiative' }).click();

  const roles = ['Facilitator', 'Editor (resident)', 'Reviewer (official)', 'Viewer'];
  await page.getByRole('heading', { name: 'Invite links for Human Rights City Lakeside' }).waitFor();
  const links = await Promise.all(roles.map((role) => page.getByLabel(`Invite link for ${role}`).inputValue()));
  for (const link of links) expect(link).toMatch(new RegExp(`^${server.url}/join/[A-Za-z0-9_-]+$`));
  expect(new Set(links).size).toBe(4);
  const facilitatorToken = links[0].split('/join/')[1];

  await page.getByRole('link', { name: 'Open as facilitator' }).click();
  await page.getByRole('heading', { level: 1, name: 'Human Rights City Lakeside' }).waitFor();
  // The link asks who is joining: the facilitator gives her name, and is greeted by it.
  await page.getByLabel('Your name', { exact: true }).fill('Lena');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByText('Welcome, Lena.').waitFor();
  await page.getByLabel('Title', { exact: true }).fill('Lakeside Human Rights Charter');
  await page.getByLabel('Kind of text').selectOption('charter');
  // An empty draft: this test is about what is typed being saved.
  await page.getByRole('checkbox', { name: 'Start with the usual sections of a charter' }).uncheck();
  await page.getByRole('button', { name: 'Start the draft' }).click();
  await page.waitForURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  const draftId = new URL(page.url()).pathname.split('/').pop()!;
  await page.getByRole('heading', { level: 1, name: 'Lakeside Human Rights Charter' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();

  // Record every state the badge goes through, so "saved" must follow "saving".
  await page.evaluate(() => {
    const badge = document.querySelector('.badge-saved')!;
    const log: string[] = [badge.textContent ?? ''];
    (window as unknown as { savedLog: string[] }).savedLog = log;
    new MutationObserver(() => log.push(badge.textContent ?? '')).observe(badge, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.locator('.ProseMirror').click();
  await page.keyboard.type('Lakeside is a Human Rights City.');
  await page.waitForFunction(() => {
    const log = (window as unknown as { savedLog: string[] }).savedLog;
    const saving = log.findIndex((s) => s !== 'All changes saved');
    return saving >= 0 && log.slice(saving).includes('All changes saved');
  });
  // A "saved" in the log may be one between keystrokes: the last of them may still be on its way.
  await expect.poll(() => page.locator('.badge-saved').textContent(), { timeout: 10_000 }).toBe('All changes saved');
  await context.close();

  // "Saved" meant on disk: a server killed without warning still has the text.
  await server.kill();
  const restarted = await startServer({ storage: server.storage });
  const { provider, doc } = connectClient(restarted.collabUrl, draftId, facilitatorToken, new Y.Doc());
  await synced(provider);
  expect(blocks(doc)).toContain('Lakeside is a Human Rights City.');
});
