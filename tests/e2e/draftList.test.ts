import { expect, it } from 'vitest';
import type { DraftSummary } from '@charter/shared';
import { createFixture, request } from '../support/api.js';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { joinAs, newPerson } from './browser.js';
import { PHONE, horizontalOverflow, smallTargets } from './phone.js';
import { annotate, seedClauses } from './review.js';

it('a facilitator renames, duplicates, archives and restores drafts from the list', async () => {
  const server = await startServer();
  const { initiative, tokens, draftId } = await createFixture(server.url);
  const clauses = await seedClauses(server.url, server.collabUrl, draftId, tokens.editor, ['Riverside is a Human Rights City.']);
  await annotate(server.url, draftId, tokens.facilitator, { clauseId: clauses[0].id, type: 'principle', principleId: 'hrc.right-to-the-city' });
  const drafts = async () =>
    (await request<DraftSummary[]>(server.url, 'GET', `/api/initiatives/${initiative.id}/drafts`, { token: tokens.viewer })).body;

  const { context, page } = await newPerson(server.url);
  await joinAs(page, tokens.facilitator, 'Lena');
  const list = page.locator('section[aria-labelledby="drafts-heading"]');

  // Rename in place; Escape or Cancel leaves the title as it was.
  await list.getByRole('button', { name: 'Rename Riverside Human Rights Charter' }).click();
  const field = list.getByLabel('New title');
  await field.fill('Riverside Charter of Rights');
  await field.press('Enter');
  await list.getByText('Renamed to “Riverside Charter of Rights”.').waitFor();
  await list.getByRole('link', { name: 'Riverside Charter of Rights', exact: true }).waitFor();
  expect((await drafts())[0].title).toBe('Riverside Charter of Rights');
  // Focus stays on the row's Rename button for the next step.
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Rename Riverside Charter of Rights');

  // Duplicate: the list says what the copy keeps, and why comments stay behind.
  await list.getByRole('button', { name: 'Duplicate Riverside Charter of Rights' }).click();
  await list.getByText('The copy keeps the text with its principle and need links. Comments, amendments and versions stay with the original').waitFor();
  await list.getByRole('button', { name: 'Make the copy' }).click();
  await list.getByText('Copy made: “Riverside Charter of Rights (copy)”, open for drafting.').waitFor();
  const copy = (await drafts()).find((d) => d.title === 'Riverside Charter of Rights (copy)');
  expect(copy).toMatchObject({ status: 'drafting', archived: false });
  const copied = await request<Array<{ text: string; principles: string[] }>>(server.url, 'GET', `/api/drafts/${copy!.id}/clauses`, { token: tokens.viewer });
  expect(copied.body).toMatchObject([{ text: 'Riverside is a Human Rights City.', principles: ['hrc.right-to-the-city'] }]);

  // Archive: out of the list, under "Archived drafts", and back again.
  await list.getByRole('button', { name: 'Archive Riverside Charter of Rights', exact: true }).click();
  await list.getByText('“Riverside Charter of Rights” is archived: find it under Archived drafts.').waitFor();
  const archived = list.locator('details.archived-drafts');
  await archived.locator('summary', { hasText: 'Archived drafts (1)' }).waitFor();
  expect(await list.locator(':scope > table.drafts tbody tr').count()).toBe(1);
  expect((await drafts()).find((d) => d.id === draftId)?.archived).toBe(true);
  await archived.locator('summary').click();
  await archived.getByRole('button', { name: 'Restore Riverside Charter of Rights' }).click();
  await list.getByText('“Riverside Charter of Rights” is back in the list.').waitFor();
  expect(await list.locator('details.archived-drafts').count()).toBe(0);
  expect(await list.locator('table.drafts tbody tr').count()).toBe(2);
  expect((await drafts()).every((d) => !d.archived)).toBe(true);

  // Someone else sees the list without any of these actions.
  const viewer = await newPerson(server.url);
  await joinAs(viewer.page, tokens.viewer, 'Ana');
  await viewer.page.locator('table.drafts tbody tr').nth(1).waitFor();
  expect(await viewer.page.locator('.draft-actions button').count()).toBe(0);
  await viewer.context.close();
  await context.close();
}, 60_000);

it('an adopted draft keeps its title: no Rename in the list', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  await request(server.url, 'PATCH', `/api/drafts/${draftId}`, { token: tokens.facilitator, body: { status: 'adopted' } });
  const { context, page } = await newPerson(server.url);
  await joinAs(page, tokens.facilitator, 'Lena');
  await page.getByRole('button', { name: 'Duplicate Riverside Human Rights Charter' }).waitFor();
  expect(await page.getByRole('button', { name: 'Rename Riverside Human Rights Charter' }).count()).toBe(0);
  await context.close();
});

it.each([
  { lang: 'en', locale: 'en-GB' },
  { lang: 'es', locale: 'es-ES' },
  { lang: 'fr', locale: 'fr-FR' },
])('the drafts list in $lang: no serious axe violation at 1280 and 360 px; the Review link sits under the title, nothing sideways', async ({ locale }) => {
  const server = await startServer();
  const { initiative, tokens, draftId } = await createFixture(server.url);
  const long = await request<{ id: string }>(server.url, 'POST', `/api/initiatives/${initiative.id}/drafts`, {
    token: tokens.facilitator,
    body: { title: 'Lakeside Human Rights Charter for every resident and every neighbourhood', kind: 'charter' },
  });
  await request(server.url, 'PATCH', `/api/drafts/${long.body.id}`, { token: tokens.facilitator, body: { status: 'review' } });
  await request(server.url, 'PATCH', `/api/drafts/${draftId}`, { token: tokens.facilitator, body: { archived: true } });
  const report: string[] = [];
  for (const options of [{ viewport: { width: 1280, height: 900 } }, PHONE]) {
    const { context, page } = await newPerson(server.url, { locale, ...options });
    await useAxe(context);
    await page.goto(`/join/${tokens.facilitator}`);
    await page.locator('table.drafts tbody tr').first().waitFor();
    await page.locator('details.archived-drafts summary').click();
    await page.locator('.draft-actions button').first().click();
    await page.locator('.draft-inline input').waitFor();
    const width = options.viewport.width;
    const found = await seriousViolations(page);
    if (found.length) report.push(describeViolations(`${locale} ${width}`, found));
    // Every row: the Review link starts below its title, never on its line.
    const overlaps = await page.evaluate(() =>
      Array.from(document.querySelectorAll('table.drafts tbody th')).filter((cell) => {
        const title = cell.querySelector(':scope > a')!.getBoundingClientRect();
        const review = cell.querySelector('.draft-actions a')!.getBoundingClientRect();
        return review.top < title.bottom;
      }).length,
    );
    expect(overlaps).toBe(0);
    if (width === 360) {
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await smallTargets(page)).toEqual([]);
    }
    await context.close();
  }
  expect(report.join('\n')).toBe('');
}, 90_000);
