import { statSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Principle } from '@charter/shared';
import { createFixture, request } from '../support/api.js';
import { startServer } from '../support/server.js';
import { newPerson } from './browser.js';
import { recordNeed } from './notes.js';
import { annotate, openReview, seedClauses } from './review.js';

it('an official reads each clause with its principles, needs and comments, comments live, and downloads a PDF', async () => {
  const server = await startServer();
  const { initiative, tokens, draftId } = await createFixture(server.url);
  const clauses = await seedClauses(server.url, server.collabUrl, draftId, tokens.editor, [
    'Riverside is a Human Rights City.',
    'Every resident has a right to a home they can afford.',
  ]);
  const clauseId = clauses[1].id;
  const needId = await recordNeed(server.url, initiative.id, tokens.facilitator, {
    statement: 'Rent we can pay on one income',
    communities: ['Eastside tenants'],
    rightsArea: 'housing',
    source: 'Eastside listening session',
  });
  const principle = (await request<Principle[]>(server.url, 'GET', '/api/principles?lang=en')).body.find(
    (p) => p.id === 'hrc.right-to-the-city',
  )!;
  await annotate(server.url, draftId, tokens.facilitator, { clauseId, type: 'principle', principleId: principle.id });
  await annotate(server.url, draftId, tokens.facilitator, { clauseId, type: 'need', needId });
  await annotate(server.url, draftId, tokens.editor, { clauseId, type: 'comment', text: 'Should this name the rent cap?' });

  const official = await newPerson(server.url);
  await openReview(official.page, tokens.reviewer, draftId, 'Councillor Diaz');
  const clause = official.page.locator(`.review-clause[data-clause-id="${clauseId}"]`);
  await clause.getByText('Every resident has a right to a home they can afford.').waitFor();
  // The notes are folded to one line that says what they hold; it opens them.
  await clause.getByRole('button', { name: /1 principle · 1 need · 1 comment/ }).click();
  await clause.getByText(principle.title, { exact: true }).waitFor();
  await clause.getByText(principle.summary, { exact: true }).waitFor();
  await clause.getByText('Rent we can pay on one income').waitFor();
  await clause.getByText('Eastside tenants').waitFor();
  await clause.getByText('Housing', { exact: true }).waitFor();
  await clause.getByRole('article').getByText('Should this name the rent cap?').waitFor();
  // The first clause has no notes, and says so.
  await official.page.locator(`.review-clause[data-clause-id="${clauses[0].id}"]`).getByText('No notes on this clause yet.').waitFor();

  // A resident has the same page open; the official's comment reaches it without a reload.
  const resident = await newPerson(server.url);
  await openReview(resident.page, tokens.editor, draftId, 'Tomás');
  const residentClause = resident.page.locator(`.review-clause[data-clause-id="${clauseId}"]`);
  await residentClause.getByRole('button', { name: /1 comment/ }).click();
  await residentClause.getByText('Should this name the rent cap?').waitFor();

  await clause.getByRole('button', { name: 'Comment', exact: true }).click();
  await clause.getByLabel('Comment on clause 2').fill('The city budget can carry a rent cap.');
  await clause.getByRole('button', { name: 'Post comment' }).click();

  const posted = residentClause.getByRole('article', { name: 'Comment by Councillor Diaz' });
  await posted.getByText('The city budget can carry a rent cap.').waitFor();
  await posted.getByText('Open', { exact: true }).waitFor();

  const [download] = await Promise.all([
    official.page.waitForEvent('download'),
    official.page.getByRole('button', { name: 'Download as PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(statSync(await download.path()).size).toBeGreaterThan(1024);
  await official.page.getByText('The PDF file is downloaded.').waitFor();

  await official.context.close();
  await resident.context.close();
});

it('a viewer reads the review page without a comment form', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const [clause] = await seedClauses(server.url, server.collabUrl, draftId, tokens.editor, ['Water is a right.']);
  await annotate(server.url, draftId, tokens.editor, { clauseId: clause.id, type: 'comment', text: 'Tap water too?' });

  const viewer = await newPerson(server.url);
  await openReview(viewer.page, tokens.viewer, draftId);
  await viewer.page.getByRole('button', { name: /1 comment/ }).click();
  await viewer.page.getByText('Tap water too?').waitFor();
  await viewer.page.getByText('Your link lets you read the comments, not write them.').waitFor();
  expect(await viewer.page.locator('.comment-form').count()).toBe(0);
  expect(await viewer.page.getByRole('button', { name: 'Comment', exact: true }).count()).toBe(0);
  await viewer.context.close();
});
