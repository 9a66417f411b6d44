import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { newPerson, waitForText } from './browser.js';
import { recordNeed } from './notes.js';
import { PHONE, horizontalOverflow, smallTargets } from './phone.js';
import { seedClauses } from './review.js';

/** The page fits the phone's width, and every control is a 44 × 44 target. */
async function fitsThePhone(page: Page, where: string): Promise<void> {
  expect(await horizontalOverflow(page), `${where}: wider than the screen`).toBe(0);
  expect(await smallTargets(page), `${where}: touch targets under 44 × 44`).toEqual([]);
}

it('on a 360 × 740 phone: join, open a draft, write, annotate and comment in the bottom sheet; the register, coverage and review pages fit', async () => {
  const server = await startServer();
  const { initiative, tokens, draftId } = await createFixture(server.url);
  await seedClauses(server.url, server.collabUrl, draftId, tokens.editor, [
    'Riverside is a Human Rights City.',
    'Every resident has a right to a home they can afford.',
  ]);
  await recordNeed(server.url, initiative.id, tokens.facilitator, {
    statement: 'Rent we can pay on one income',
    communities: ['Eastside tenants'],
    rightsArea: 'housing',
    source: 'Eastside listening session',
  });
  const { context, page } = await newPerson(server.url, PHONE);
  await useAxe(context);

  await page.goto('/');
  await page.locator('main form').waitFor();
  await fitsThePhone(page, 'home');

  // Join, and open the draft from the list.
  await page.goto(`/join/${tokens.editor}`);
  await page.locator('table.drafts').waitFor();
  await fitsThePhone(page, 'join page');
  await page.getByLabel('Your name', { exact: true }).fill('Amina');
  await page.getByRole('button', { name: 'Join', exact: true }).tap();
  await page.getByText('Welcome, Amina.').waitFor();
  await fitsThePhone(page, 'join page, joined');
  await page.getByRole('link', { name: 'Riverside Human Rights Charter', exact: true }).tap();
  await page.locator('.clause-gutter .clause-button').nth(1).waitFor();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  await fitsThePhone(page, 'draft');

  // Write at the end of clause 2.
  // Tap its last line (the middle of a two-line paragraph is the line between them), then End.
  const paragraph = page.locator('.ProseMirror p', { hasText: 'a home they can afford.' });
  const lines = (await paragraph.boundingBox())!;
  await paragraph.tap({ position: { x: 10, y: lines.height - 5 } });
  await page.keyboard.press('End');
  await page.keyboard.type(' Rent is capped.');
  await waitForText(page, 'they can afford. Rent is capped.');

  // The gutter button of clause 2 opens its notes as a sheet at the bottom of the screen.
  const button = page.locator('.clause-gutter .clause-button').nth(1);
  await button.tap();
  const sheet = page.locator('#notes-panel');
  await sheet.getByRole('heading', { level: 2, name: 'Notes on clause 2' }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes-heading');
  // The side panel slides up as a sheet, with the notes in it.
  const box = (await page.locator('#side-panel').boundingBox())!;
  expect(Math.abs(box.y + box.height - 740)).toBeLessThanOrEqual(1);
  expect(box.x).toBe(0);
  expect(box.width).toBe(360);
  expect(box.height).toBeLessThanOrEqual(740 * 0.76);
  await page.locator('#side-panel .sheet-handle').waitFor();
  await fitsThePhone(page, 'draft with the notes sheet');
  const violations = await seriousViolations(page);
  expect(describeViolations('notes sheet on a phone', violations)).toBe('');

  // Link a principle and comment, in the sheet.
  await sheet.getByLabel('Find a principle').fill('right to the city');
  await sheet.getByRole('checkbox', { name: 'The right to the city' }).tap();
  await button.locator('.clause-total', { hasText: '1' }).waitFor({ state: 'attached' });
  await sheet.getByLabel('New comment').fill('Should this name the rent cap?');
  await sheet.getByLabel('Your stance (optional)').selectOption('question');
  await sheet.getByRole('button', { name: 'Post comment' }).tap();
  const posted = sheet.getByRole('article', { name: 'Comment by Amina' });
  await posted.getByText('Should this name the rent cap?').waitFor();
  await posted.locator('.stance-tag', { hasText: 'Question' }).waitFor();
  await button.locator('.clause-total', { hasText: '2' }).waitFor({ state: 'attached' });

  // Close it with its button: focus goes back to the clause's button.
  await sheet.getByRole('button', { name: 'Close notes' }).tap();
  await sheet.waitFor({ state: 'detached' });
  expect(await page.evaluate(() => document.activeElement?.classList.contains('clause-button'))).toBe(true);
  // Escape closes it too.
  await button.tap();
  await sheet.getByRole('heading', { level: 2, name: 'Notes on clause 2' }).waitFor();
  await page.keyboard.press('Escape');
  await sheet.waitFor({ state: 'detached' });

  // The needs register: record a need.
  await page.goto(`/join/${tokens.editor}/needs`);
  await page.locator('.need-list .need').first().waitFor();
  await fitsThePhone(page, 'needs register');
  await page.getByLabel('The need, in the community’s own words').fill('A clinic that opens on weekends');
  await page.getByLabel('Communities').fill('Eastside tenants');
  await page.getByRole('checkbox', { name: 'Health', exact: true }).check();
  await page.getByLabel('Source').fill('Clinic survey');
  await page.getByRole('button', { name: 'Record the need' }).tap();
  await page.locator('.need', { hasText: 'A clinic that opens on weekends' }).waitFor();
  await fitsThePhone(page, 'needs register with two needs');

  await page.goto(`/drafts/${draftId}/coverage`);
  await page.locator('.coverage-list li').first().waitFor();
  await fitsThePhone(page, 'coverage');

  await page.goto(`/drafts/${draftId}/review`);
  await page.locator('.review-clause').first().waitFor();
  await page.locator('.review-notes-toggle').first().tap();
  await page.getByText('Should this name the rent cap?').waitFor();
  await fitsThePhone(page, 'review page');

  // A facilitator's join page: the invite links, the new-draft form and who has joined.
  await page.goto(`/join/${tokens.facilitator}`);
  await page.locator('table.drafts').waitFor();
  await page.locator('.roster-person', { hasText: 'Amina' }).waitFor();
  await fitsThePhone(page, 'join page of a facilitator');

  await page.goto('/no/such/page');
  await page.locator('main h1').waitFor();
  await fitsThePhone(page, 'not found');

  await context.close();
});
