import { expect, it } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { newPerson } from './browser.js';
import { recordNeed } from './notes.js';

it('an editor records, filters, edits and archives needs; a reviewer only reads them', async () => {
  const server = await startServer();
  const { initiative, tokens } = await createFixture(server.url);
  await recordNeed(server.url, initiative.id, tokens.facilitator, {
    statement: 'Clean water in every school',
    communities: ['Parents of Northside'],
    rightsArea: 'water-sanitation',
    source: 'School board hearing',
  });

  const { context, page } = await newPerson(server.url);
  await page.goto(`/join/${tokens.editor}`);
  await page.getByRole('link', { name: 'Community needs register' }).click();
  await page.getByRole('heading', { level: 1, name: 'Community needs register' }).waitFor();
  await page.getByText('Clean water in every school').waitFor();

  // Record a need; the date is today unless changed.
  const today = await page.getByLabel('Date').inputValue();
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByLabel('The need, in the community’s own words').fill('A clinic that opens on weekends');
  await page.getByLabel('Communities').fill('Eastside tenants, Night-shift workers');
  await page.locator('form.need-form').getByRole('checkbox', { name: 'Health', exact: true }).check();
  await page.getByLabel('Source').fill('Clinic survey');
  await page.getByRole('button', { name: 'Record the need' }).click();
  const clinic = page.locator('.need', { hasText: 'A clinic that opens on weekends' });
  await clinic.waitFor();
  await clinic.getByText('Eastside tenants, Night-shift workers').waitFor();
  await clinic.getByText('Health').waitFor();

  // Filter by community, then by rights area.
  const filters = page.getByRole('group', { name: 'Filter' });
  await filters.getByLabel('Community').selectOption('Parents of Northside');
  await clinic.waitFor({ state: 'detached' });
  await page.getByText('Clean water in every school').waitFor();
  await filters.getByLabel('Community').selectOption('');
  await filters.getByLabel('Rights area').selectOption('health');
  await page.locator('.need', { hasText: 'Clean water in every school' }).waitFor({ state: 'detached' });
  await clinic.waitFor();
  await filters.getByLabel('Rights area').selectOption('');

  // Edit, then archive: archived needs are hidden until asked for, never deleted.
  await clinic.getByRole('button', { name: 'Edit' }).click();
  const form = page.locator('.need form');
  await form.getByLabel('Source').fill('Clinic survey, spring');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await page.locator('.need', { hasText: 'Clinic survey, spring' }).waitFor();
  await clinic.getByRole('button', { name: 'Archive' }).click();
  await clinic.waitFor({ state: 'detached' });
  await filters.getByLabel('Show archived needs').check();
  await clinic.getByText('Archived').waitFor();
  await clinic.getByRole('button', { name: 'Bring back' }).click();
  await filters.getByLabel('Show archived needs').uncheck();
  await clinic.waitFor();
  await context.close();

  const reviewer = await newPerson(server.url);
  await reviewer.page.goto(`/join/${tokens.reviewer}/needs`);
  await reviewer.page.getByText('A clinic that opens on weekends').waitFor();
  await reviewer.page.getByText('Your role lets you read the register.', { exact: false }).waitFor();
  expect(await reviewer.page.getByRole('button', { name: 'Record the need' }).count()).toBe(0);
  expect(await reviewer.page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
  await reviewer.context.close();
});
