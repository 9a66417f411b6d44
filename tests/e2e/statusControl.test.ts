import { expect, it } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { newPerson } from './browser.js';
import { PHONE, horizontalOverflow } from './phone.js';
import { seedClauses } from './review.js';

it.each([
  { lang: 'en', locale: 'en-GB' },
  { lang: 'es', locale: 'es-ES' },
  { lang: 'fr', locale: 'fr-FR' },
])('the status control and its adoption question in $lang: no serious axe violation at 1280 and 360 px, nothing sideways', async ({ locale }) => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  await seedClauses(server.url, server.collabUrl, draftId, tokens.editor, ['Riverside is a Human Rights City.']);
  const report: string[] = [];
  for (const options of [{ viewport: { width: 1280, height: 900 } }, PHONE]) {
    const { context, page } = await newPerson(server.url, { locale, ...options });
    await useAxe(context);
    await page.goto(`/join/${tokens.facilitator}`);
    await page.locator('table.drafts').waitFor();
    await page.goto(`/drafts/${draftId}/review`);
    const control = page.locator('.status-control');
    // Drafting: two steps, the main one first; adopting (the second) asks before it acts.
    await control.locator('.form-actions button').nth(1).waitFor();
    expect(await control.locator('.form-actions button:not(.secondary)').count()).toBe(1);
    await control.locator('.form-actions button.secondary').click();
    await control.locator('.confirm').waitFor();
    const width = options.viewport.width;
    const found = await seriousViolations(page);
    if (found.length) report.push(describeViolations(`${locale} ${width}`, found));
    if (width === 360) expect(await horizontalOverflow(page)).toBe(0);
    await context.close();
  }
  expect(report.join('\n')).toBe('');
}, 90_000);
