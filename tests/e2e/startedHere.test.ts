import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { newPerson } from './browser.js';
import { PHONE, horizontalOverflow, smallTargets } from './phone.js';

const ROLES = ['Facilitator', 'Editor (resident)', 'Reviewer (official)', 'Viewer'];
const linksOn = (page: Page) => Promise.all(ROLES.map((role) => page.getByLabel(`Invite link for ${role}`).first().inputValue()));

it('keeps a new initiative\'s four links on the device: a reload shows them, a download holds them, leaving unsaved warns', async () => {
  const server = await startServer();
  const { context, page } = await newPerson(server.url);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });

  await page.goto('/');
  await page.getByLabel('Name of the initiative').fill('Human Rights City Lakeside');
  await page.getByLabel('Place').fill('Lakeside');
  await page.getByRole('button', { name: 'Start the initiative' }).click();
  await page.getByRole('heading', { name: 'Invite links for Human Rights City Lakeside' }).waitFor();
  const links = await linksOn(page);
  expect(new Set(links).size).toBe(4);
  await page.getByText('These links are kept in this browser only. Download or print them now').waitFor();

  // Leaving before the links are downloaded or printed: the browser asks first.
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await page.getByRole('heading', { name: 'Start an initiative' }).waitFor();
  await page.getByRole('heading', { name: 'Initiatives started on this device' }).waitFor();
  const kept = page.locator('.started-here details', { hasText: 'Human Rights City Lakeside' });
  // Not yet saved off the device: open, with its four links as they were.
  expect(await kept.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
  expect(await linksOn(page)).toEqual(links);

  const [download] = await Promise.all([page.waitForEvent('download'), kept.getByRole('button', { name: 'Download the links' }).click()]);
  expect(download.suggestedFilename()).toBe('invite-links-human-rights-city-lakeside.txt');
  const sheet = await readFile((await download.path())!, 'utf8');
  for (const [i, role] of ROLES.entries()) expect(sheet).toContain(`${role}: ${links[i]}`);
  expect(sheet).toContain('Lakeside');
  await kept.getByText('Saved. The links are also kept in this browser, on the start page.').waitFor();

  // Saved: a reload neither warns nor forgets; the entry is closed, and opens on demand.
  await page.reload();
  await page.getByRole('heading', { name: 'Initiatives started on this device' }).waitFor();
  expect(dialogs).toEqual(['beforeunload']);
  expect(await kept.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
  await kept.locator('summary').click();
  expect(await linksOn(page)).toEqual(links);

  // Printing prints the links alone, each written out in full.
  await kept.getByRole('button', { name: 'Print the links' }).click();
  await page.emulateMedia({ media: 'print' });
  await kept.locator('.invites').evaluate((section) => section.classList.add('print-target'));
  const printed = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((element) => element.childElementCount === 0 && getComputedStyle(element).visibility === 'visible' && element.getClientRects().length > 0)
      .map((element) => element.textContent ?? ''),
  );
  for (const link of links) expect(printed).toContain(link);
  expect(printed).toContain('Invite links for Human Rights City Lakeside');
  expect(printed).not.toContain('Start an initiative');
  await page.emulateMedia({ media: 'screen' });

  // The kept facilitator link still opens the initiative.
  await kept.getByRole('link', { name: 'Open as facilitator' }).click();
  await page.getByRole('heading', { level: 1, name: 'Human Rights City Lakeside' }).waitFor();
  await context.close();
}, 60_000);

it('a link replaced by the facilitator replaces the kept one', async () => {
  const server = await startServer();
  const { context, page } = await newPerson(server.url);
  await page.goto('/');
  await page.getByLabel('Name of the initiative').fill('Human Rights City Lakeside');
  await page.getByLabel('Place').fill('Lakeside');
  await page.getByRole('button', { name: 'Start the initiative' }).click();
  const before = await linksOn(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('link', { name: 'Open as facilitator' }).click();
  await page.getByRole('button', { name: 'Replace the editor link' }).click();
  await page.getByRole('button', { name: 'Replace it' }).click();
  const replaced = await page.getByLabel('New invite link for Editor (resident)').inputValue();
  expect(replaced).not.toBe(before[1]);
  await page.goto('/');
  expect(await linksOn(page)).toEqual([before[0], replaced, before[2], before[3]]);
  await context.close();
}, 60_000);

it.each([
  { lang: 'en', locale: 'en-GB' },
  { lang: 'es', locale: 'es-ES' },
  { lang: 'fr', locale: 'fr-FR' },
])('the start page with kept links in $lang: no serious axe violation at 1280 and 360 px, nothing sideways on a phone', async ({ locale }) => {
  const server = await startServer();
  const report: string[] = [];
  for (const options of [{ viewport: { width: 1280, height: 900 } }, PHONE]) {
    const { context, page } = await newPerson(server.url, { locale, ...options });
    await useAxe(context);
    await page.goto('/');
    await page.locator('form input[name="name"]').fill('Human Rights City Lakeside');
    await page.locator('form input[name="place"]').fill('Lakeside');
    await page.locator('form button[type="submit"]').click();
    await page.locator('.invite-list').waitFor();
    const width = options.viewport.width;
    const found = [...(await seriousViolations(page))];
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await page.locator('.started-here details[open] .invite-list').waitFor();
    found.push(...(await seriousViolations(page)));
    if (found.length) report.push(describeViolations(`${locale} ${width}`, found));
    if (width === 360) {
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await smallTargets(page)).toEqual([]);
    }
    await context.close();
  }
  expect(report.join('\n')).toBe('');
}, 90_000);
