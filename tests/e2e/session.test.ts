import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { newPerson, openDraft, waitForText } from './browser.js';
import { openNotes, typeClauses } from './notes.js';
import { seedClauses } from './review.js';

/** The block of clause `n` (from 1) in the editor. */
function clause(page: Page, n: number) {
  return page.locator('.ProseMirror > [data-clause-id]').nth(n - 1);
}

/** Is clause `n` wholly inside the window? */
function clauseInView(page: Page, n: number): Promise<boolean> {
  return clause(page, n).evaluate((block) => {
    const box = block.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

it('a facilitator puts clause 2 up for discussion: an editor sees it marked, hears it, and sees the timer', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const bruno = await newPerson(server.url);
  const amina = await newPerson(server.url);
  await openDraft(bruno.page, tokens.facilitator, draftId, 'Bruno');
  await openDraft(amina.page, tokens.editor, draftId, 'Amina');
  await typeClauses(bruno.page, ['Riverside is a Human Rights City.', 'Everyone has the right to water.', 'Buses run all night.']);
  await waitForText(amina.page, 'Buses run all night.');

  // Amina (an editor) has no session controls: she sees the state and may follow.
  await openNotes(amina.page, 2);
  const aminaSession = amina.page.locator('.session');
  await aminaSession.getByText('No clause is being discussed.').waitFor();
  expect(await amina.page.getByRole('button', { name: 'Discuss this clause' }).count()).toBe(0);
  expect(await amina.page.getByRole('button', { name: 'Stop discussing' }).count()).toBe(0);
  expect(await aminaSession.getByLabel('Follow me', { exact: true }).count()).toBe(0);

  const brunoPanel = await openNotes(bruno.page, 2);
  await brunoPanel.getByRole('button', { name: 'Discuss this clause' }).click();
  // The panel says so; "Stop discussing" is in one place, the live session.
  await brunoPanel.getByText('This clause is being discussed now.').waitFor();
  expect(await bruno.page.getByRole('button', { name: 'Stop discussing' }).count()).toBe(1);
  await bruno.page.locator('.session').getByRole('button', { name: 'Stop discussing' }).waitFor();

  // Marked in Amina's text, announced politely, and timed.
  await clause(amina.page, 2).and(amina.page.locator('.clause-discussing')).waitFor();
  expect(await amina.page.locator('.ProseMirror .clause-discussing').count()).toBe(1);
  expect(await clause(amina.page, 2).getAttribute('data-discussing-label')).toBe('Now discussing');
  await amina.page.locator('[aria-live="polite"]', { hasText: 'Now discussing clause 2' }).waitFor();
  const timer = amina.page.getByRole('timer', { name: 'Time spent discussing clause 2' });
  await timer.filter({ hasText: /^Discussing clause 2 for 0:\d\d$/ }).waitFor();
  // It counts: a second later it reads differently.
  const first = await timer.textContent();
  await amina.page.waitForFunction(
    (before) => document.querySelector('[role="timer"]')?.textContent !== before,
    first,
  );

  // Stopping clears it everywhere.
  await bruno.page.locator('.session').getByRole('button', { name: 'Stop discussing' }).click();
  await aminaSession.getByText('No clause is being discussed.').waitFor();
  expect(await amina.page.locator('.ProseMirror .clause-discussing').count()).toBe(0);
  await amina.page.locator('[aria-live="polite"]', { hasText: 'The discussion of the clause has ended.' }).waitFor();

  await amina.context.close();
  await bruno.context.close();
});

it('who is here shows the clause each person is in', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const amina = await newPerson(server.url);
  const bruno = await newPerson(server.url);
  await openDraft(amina.page, tokens.editor, draftId, 'Amina');
  await openDraft(bruno.page, tokens.facilitator, draftId, 'Bruno');
  await amina.page.locator('.presence-list li', { hasText: 'Bruno' }).filter({ hasText: 'not in the text yet' }).waitFor();

  await typeClauses(amina.page, ['Riverside is a Human Rights City.', 'Everyone has the right to water.', 'Buses run all night.']);
  await waitForText(bruno.page, 'Buses run all night.');
  await clause(bruno.page, 2).click();

  await amina.page.locator('.presence-list li', { hasText: 'Bruno' }).filter({ hasText: 'in clause 2' }).waitFor();
  await bruno.page.locator('.presence-list li', { hasText: 'Amina' }).filter({ hasText: 'in clause 3' }).waitFor();

  await amina.context.close();
  await bruno.context.close();
});

it('follow-me scrolls a participant to the facilitator’s clause, until they stop following', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const texts = Array.from({ length: 40 }, (_, i) => `Clause number ${i + 1} of the Riverside charter.`);
  await seedClauses(server.url, server.collabUrl, draftId, tokens.editor, texts);
  const bruno = await newPerson(server.url);
  const amina = await newPerson(server.url);
  await openDraft(bruno.page, tokens.facilitator, draftId, 'Bruno');
  await openDraft(amina.page, tokens.editor, draftId, 'Amina');
  await waitForText(amina.page, 'Clause number 40 of');
  // Amina asks for reduced motion: she jumps to the clause instead of gliding, and
  // no smooth scroll is still under way when she scrolls back below.
  await amina.page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await clauseInView(amina.page, 40)).toBe(false);

  const follow = amina.page.getByLabel('Follow the facilitator');
  expect(await follow.isChecked()).toBe(true);

  await bruno.page.getByLabel('Follow me', { exact: true }).check();
  await clause(bruno.page, 40).click();
  await amina.page.locator('.session-leader', { hasText: 'The facilitator is at clause 40.' }).waitFor();
  await amina.page.waitForFunction(() => {
    const blocks = document.querySelectorAll('.ProseMirror > [data-clause-id]');
    const box = blocks[blocks.length - 1]?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
  });

  // Amina stops following and goes back to the top: the facilitator no longer moves her view.
  await follow.uncheck();
  await amina.page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await amina.page.waitForFunction(() => window.scrollY === 0);
  await clause(bruno.page, 20).click();
  await amina.page.locator('.session-leader', { hasText: 'The facilitator is at clause 20.' }).waitFor();
  // Any scroll would start in the effects of that render: give them two frames to run.
  await amina.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await amina.page.evaluate(() => window.scrollY)).toBe(0);
  expect(await clauseInView(amina.page, 20)).toBe(false);

  // The choice is kept on this device.
  await amina.page.reload();
  await amina.page.locator('.ProseMirror').waitFor();
  expect(await amina.page.getByLabel('Follow the facilitator').isChecked()).toBe(false);

  await amina.context.close();
  await bruno.context.close();
});
