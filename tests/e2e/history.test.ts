import { expect, it } from 'vitest';
import { createFixture, join } from '../support/api.js';
import { connectClient, synced } from '../support/collab.js';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { newPerson, openDraft } from './browser.js';
import { openReview, seedClauses } from './review.js';
import { clausesOnceThere, retype } from '../support/text.js';

// Two people in two browsers: longer than one page's test.
it('an editor saves a version, edits, reads the change in the diff; a facilitator restores the version', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  await seedClauses(server.url, server.collabUrl, draftId, tokens.editor, ['Riverside is a Human Rights City.', 'Water is a public good.']);

  const editor = await newPerson(server.url);
  await useAxe(editor.context);
  const { page } = editor;
  await openDraft(page, tokens.editor, draftId, 'Amina');
  await page.getByRole('link', { name: 'History: saved versions and what changed' }).click();
  await page.getByLabel('Name of the version').fill('After the 3 March listening session');
  await page.getByRole('button', { name: 'Save this version' }).click();
  await page.getByText('Saved as version 1: After the 3 March listening session.').waitFor();
  await page.getByRole('heading', { name: 'Version 1: After the 3 March listening session' }).waitFor();

  // Edit the second clause in the editor.
  await page.goBack();
  const second = page.locator('.ProseMirror > *').nth(1);
  await second.getByText('Water is a public good.').waitFor();
  await second.click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Clean ');
  await page.getByText('Clean Water is a public good.').waitFor();

  await page.getByRole('link', { name: 'History: saved versions and what changed' }).click();
  await page.getByRole('button', { name: 'Compare with now' }).click();
  const diff = page.getByRole('list', { name: 'Clauses and what changed' });
  const changed = diff.locator('[data-status="changed"]');
  await changed.getByText('Changed', { exact: true }).waitFor();
  // The insertion is marked in words and with a sign as well as in colour.
  expect(await changed.locator('ins').innerText()).toMatch(/^added:\s*\+Clean\s*$/);
  expect(await diff.locator('[data-status="unchanged"]').innerText()).toContain('Riverside is a Human Rights City.');
  const found = await seriousViolations(page);
  expect(found, describeViolations('history', found)).toEqual([]);

  // The facilitator puts version 1 back; the editor's open editor follows.
  const facilitator = await newPerson(server.url);
  await facilitator.page.goto(`/join/${tokens.facilitator}`);
  await facilitator.page.getByRole('heading', { level: 2, name: 'Drafts' }).waitFor();
  await facilitator.page.goto(`/drafts/${draftId}/history`);
  await facilitator.page.getByRole('button', { name: 'Restore' }).click();
  await facilitator.page.getByRole('button', { name: 'Yes, restore it' }).click();
  await facilitator.page.getByText('Version 1 (After the 3 March listening session) is the text again; the text before it is saved as version 2.').waitFor();
  await page.goBack();
  await page.locator('.ProseMirror').getByText('Water is a public good.', { exact: true }).waitFor();
  expect(await page.locator('.ProseMirror').innerText()).not.toContain('Clean');

  await editor.context.close();
  await facilitator.context.close();
}, 120_000);

it('an official marks the text reviewed and then sees only what changed since their own mark', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const clauses = await seedClauses(server.url, server.collabUrl, draftId, tokens.editor, ['First clause.', 'Second clause.', 'Third clause.']);
  const official = await join(server.url, tokens.reviewer, 'Councillor Diaz');
  const writer = connectClient(server.collabUrl, draftId, tokens.editor);
  await synced(writer.provider);
  const edit = async (index: number, text: string) => {
    retype(writer.doc, clauses[index].id, text);
    await clausesOnceThere(server.url, draftId, tokens.viewer, 3, (list) => list[index].text === text);
  };

  const { page, context } = await newPerson(server.url);
  await openReview(page, official.token, draftId);
  const review = page.getByRole('region', { name: 'Your review' });
  await review.getByText('You have not marked this reviewed yet.').waitFor();
  await review.getByRole('button', { name: 'I have reviewed this' }).click();
  await review.getByText('Marked reviewed: next time you will see only what changed since now.').waitFor();

  await edit(1, 'Second clause, amended.');
  await review.getByRole('button', { name: 'Changes since I last reviewed' }).click();
  const changes = review.getByRole('list', { name: 'Clauses and what changed' }).locator(':scope > li');
  await changes.first().waitFor();
  expect(await changes.count()).toBe(1);
  expect(await changes.first().innerText()).toContain('Second clause');

  await review.getByRole('button', { name: 'I have reviewed this' }).click();
  // Marked once the answer came: the list of changes closes then.
  await changes.first().waitFor({ state: 'detached' });
  await edit(2, 'Third clause, amended.');
  await review.getByRole('button', { name: 'Changes since I last reviewed' }).click();
  await review.getByText('Third clause').waitFor();
  expect(await changes.count()).toBe(1);
  expect(await changes.first().locator('ins').innerText()).toMatch(/added:\s*\+, amended/);
  await context.close();
}, 120_000);
