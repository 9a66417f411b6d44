import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Clause } from '@charter/shared';
import { createFixture, request } from '../support/api.js';
import { appendParagraph, connectClient, eventually, synced } from '../support/collab.js';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { newPerson } from './browser.js';

const ORIGINAL = ['Every resident has a right to a home.', 'The city publishes its budget every year.'];
const SPANISH = ['Toda persona residente tiene derecho a una vivienda.', 'La ciudad publica su presupuesto cada año.'];

it('a translator puts two clauses into Spanish, a reader switches to Spanish, and an edit to the original turns one out of date', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  // The original is written by a stock client that stays connected, to edit it later.
  const writer = connectClient(server.collabUrl, draftId, tokens.editor);
  await synced(writer.provider);
  const paragraphs = ORIGINAL.map((text) => appendParagraph(writer.doc, text));
  await eventually(
    async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${draftId}/clauses`, { token: tokens.viewer })).body,
    (clauses) => clauses.length === ORIGINAL.length,
    'the two clauses',
  );

  const translator = await newPerson(server.url);
  await useAxe(translator.context);
  await translator.page.goto(`/join/${tokens.editor}`);
  await translator.page.getByRole('heading', { level: 2, name: 'Drafts' }).waitFor();
  await translator.page.goto(`/drafts/${draftId}/translations`);
  await translator.page.getByLabel('Translate into').selectOption('es');
  const rows = translator.page.locator('.translation-row');
  await rows.nth(1).getByText('Not translated').waitFor();
  for (const [index, text] of SPANISH.entries()) {
    const row = rows.nth(index);
    await row.getByLabel(`Translation of clause ${index + 1} into Spanish`).fill(text);
    await row.getByRole('button', { name: 'Save translation' }).click();
    await row.getByText('Up to date').waitFor();
  }
  const violations = await seriousViolations(translator.page);
  expect(violations, describeViolations('translations page', violations)).toEqual([]);

  // The draft list counts them.
  await translator.page.goto(`/join/${tokens.editor}`);
  await translator.page.getByText('Spanish: 2 done, 0 out of date, 0 missing').waitFor();
  await translator.page.goto(`/drafts/${draftId}/translations`);
  await translator.page.getByLabel('Translate into').selectOption('es');
  await rows.nth(1).getByText('Up to date').waitFor();

  // A reader switches the review page to Spanish.
  const reader = await newPerson(server.url);
  await reader.page.goto(`/join/${tokens.viewer}`);
  await reader.page.getByRole('heading', { level: 2, name: 'Drafts' }).waitFor();
  await reader.page.goto(`/drafts/${draftId}/review`);
  await reader.page.getByLabel('Read in').selectOption('es');
  const reading = reader.page.locator('.translated-reading');
  await reading.getByText(SPANISH[0]).waitFor();
  await reading.getByText(SPANISH[1]).waitFor();
  expect(await reading.getByText(ORIGINAL[1]).count()).toBe(0);
  // What they download is in Spanish too.
  const [download] = await Promise.all([
    reader.page.waitForEvent('download'),
    reader.page.getByRole('button', { name: 'Download as Markdown' }).click(),
  ]);
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toContain(SPANISH[0]);
  expect(markdown).not.toContain(ORIGINAL[0]);

  // Someone edits the second clause's original: it turns out of date for both, at once.
  (paragraphs[1].get(0) as Y.XmlText).insert(ORIGINAL[1].length - 1, ' in plain words');
  const edited = 'The city publishes its budget every year in plain words.';
  const readerClause = reading.locator('.reading-clause').nth(1);
  await readerClause.getByText('Out of date').waitFor();
  await readerClause.getByText(edited).waitFor();
  expect(await reading.locator('.reading-clause').nth(0).getByText(SPANISH[0]).count()).toBe(1);

  const outdated = rows.nth(1);
  await outdated.getByText('Out of date').waitFor();
  await outdated.locator('.word-diff ins').filter({ hasText: 'in plain words' }).waitFor();
  await outdated.locator('.word-diff').getByText('added:').waitFor();
  await rows.nth(0).getByText('Up to date').waitFor();

  // Fixed by the translator: current again, for the reader too.
  await outdated.getByLabel('Translation of clause 2 into Spanish').fill('La ciudad publica su presupuesto cada año en palabras sencillas.');
  await outdated.getByRole('button', { name: 'Save translation' }).click();
  await outdated.getByText('Up to date').waitFor();
  await reading.getByText('La ciudad publica su presupuesto cada año en palabras sencillas.').waitFor();

  await translator.context.close();
  await reader.context.close();
});
