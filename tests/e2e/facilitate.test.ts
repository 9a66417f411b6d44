import { expect, it } from 'vitest';
import { createFixture, request } from '../support/api.js';
import { startServer } from '../support/server.js';
import { newPerson, openDraft, waitForText } from './browser.js';
import { openReview, seedClauses } from './review.js';

it('a facilitator replaces the editor link: the old one stops at once, people who joined with it stay, the new one opens the initiative', async () => {
  const server = await startServer();
  const { initiative, tokens, draftId } = await createFixture(server.url);
  // Amina joined by name with the editor link; Tomás opened it and has not joined yet.
  const editor = await newPerson(server.url);
  await openDraft(editor.page, tokens.editor, draftId, 'Amina');
  const newcomer = await newPerson(server.url);
  await newcomer.page.goto(`/join/${tokens.editor}`);
  await newcomer.page.getByRole('heading', { level: 2, name: 'Drafts' }).waitFor();
  await newcomer.page.goto(`/drafts/${draftId}`);
  await newcomer.page.locator('.ProseMirror').waitFor();
  await newcomer.page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();

  const facilitator = await newPerson(server.url);
  await openReview(facilitator.page, tokens.facilitator, draftId);
  const card = facilitator.page.locator('.invite-manager li[data-role="editor"]');
  await card.getByRole('button', { name: 'Replace the editor link' }).click();
  await card.getByText('Anyone using the old link loses access at once.').waitFor();
  await card.getByLabel('The new link works').selectOption('7');
  await card.getByRole('button', { name: 'Replace it' }).click();
  const field = card.getByLabel('New invite link for Editor (resident)');
  await field.waitFor();
  await card.getByText(/^It works until /).waitFor();
  const url = await field.inputValue();
  expect(url).toMatch(new RegExp(`^${server.url}/join/`));

  // The draft open with the old link alone is shut out, and says why.
  await newcomer.page.getByText('Your invite link no longer works. Ask the facilitator for a new one.').waitFor();
  expect((await request(server.url, 'GET', `/api/drafts/${draftId}`, { token: tokens.editor })).status).toBe(401);
  // Amina, who joined with it, writes on: her words reach the facilitator's page.
  await editor.page.locator('.ProseMirror').click();
  await editor.page.keyboard.type('Amina is still here.');
  await facilitator.page.locator('.review-clause', { hasText: 'Amina is still here.' }).waitFor();
  expect(await editor.page.locator('.badge-closed').count()).toBe(0);

  // The new link opens the initiative in the editor's role.
  await newcomer.page.goto(url);
  await newcomer.page.getByRole('heading', { level: 1, name: 'Human Rights City of Riverside' }).waitFor();
  await newcomer.page.getByText('Your role: Editor (resident).').waitFor();
  expect((await request(server.url, 'GET', `/api/initiatives/${initiative.id}`, { token: url.split('/join/')[1] })).status).toBe(200);

  await editor.context.close();
  await newcomer.context.close();
  await facilitator.context.close();
  // Three people's pages: room for a busy machine.
}, 120_000);

it('a facilitator moves the draft to review and adopts it; an open editor locks without a reload', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  await seedClauses(server.url, server.collabUrl, draftId, tokens.editor, ['Riverside is a Human Rights City.']);
  const editor = await newPerson(server.url);
  await openDraft(editor.page, tokens.editor, draftId, 'Amina');
  await waitForText(editor.page, 'Riverside is a Human Rights City.');
  expect(await editor.page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('true');

  const facilitator = await newPerson(server.url);
  await openReview(facilitator.page, tokens.facilitator, draftId);
  const control = facilitator.page.locator('.status-control');
  await control.locator('.status-now', { hasText: 'Now: Drafting.' }).waitFor();
  // The control says what comes next: review is the main step while drafting, adopting a quieter one.
  await control.getByText('Next: open it for review.', { exact: false }).waitFor();
  expect(await control.getByRole('button', { name: 'Open for review' }).getAttribute('class')).toBeNull();
  expect(await control.getByRole('button', { name: 'Adopt the text' }).getAttribute('class')).toBe('secondary');
  await control.getByRole('button', { name: 'Open for review' }).click();
  await control.locator('.status-now', { hasText: 'Now: In review.' }).waitFor();
  // In review, adopting is the main step and drafting the way back.
  expect(await control.getByRole('button', { name: 'Adopt the text' }).getAttribute('class')).toBeNull();
  expect(await control.getByRole('button', { name: 'Back to drafting' }).getAttribute('class')).toBe('secondary');

  await editor.page.getByText('This draft is in review: its text is locked while officials comment.').waitFor();
  await editor.page.waitForFunction(() => document.querySelector('.ProseMirror')?.getAttribute('contenteditable') === 'false');

  // Adopting asks first; cancelling changes nothing.
  await control.getByRole('button', { name: 'Adopt the text' }).click();
  await control.getByRole('button', { name: 'Cancel' }).click();
  await control.locator('.status-now', { hasText: 'Now: In review.' }).waitFor();
  await control.getByRole('button', { name: 'Adopt the text' }).click();
  await control
    .getByText('Adopt this text? It becomes read-only for everyone: the text, its notes and comments. A version of it is saved as adopted.', { exact: false })
    .waitFor();
  await control.getByRole('button', { name: 'Yes, adopt it' }).click();
  await control.locator('.status-now', { hasText: 'Now: Adopted.' }).waitFor();
  await editor.page.getByText('This draft is adopted: its text can no longer be changed.').waitFor();
  // Adopted: nobody comments from the review page either.
  expect(await facilitator.page.locator('.review .comment-form').count()).toBe(0);

  // And back.
  await control.getByRole('button', { name: 'Back to drafting' }).click();
  await control.locator('.status-now', { hasText: 'Now: Drafting.' }).waitFor();
  await editor.page.waitForFunction(() => document.querySelector('.ProseMirror')?.getAttribute('contenteditable') === 'true');

  await editor.context.close();
  await facilitator.context.close();
});

it('a facilitator who replaces their own link carries on with the new one', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const facilitator = await newPerson(server.url);
  await openReview(facilitator.page, tokens.facilitator, draftId);
  const card = facilitator.page.locator('.invite-manager li[data-role="facilitator"]');
  await card.getByRole('button', { name: 'Replace the facilitator link' }).click();
  await card.getByText('This device switches to the new link by itself').waitFor();
  await card.getByRole('button', { name: 'Replace it' }).click();
  await card.getByLabel('New invite link for Facilitator').waitFor();
  expect((await request(server.url, 'GET', `/api/drafts/${draftId}`, { token: tokens.facilitator })).status).toBe(401);

  // The page carries on with the new token: the status it sets comes back through the
  // body document, so the live connection works too; and so does a reload.
  const control = facilitator.page.locator('.status-control');
  await control.getByRole('button', { name: 'Open for review' }).click();
  await control.locator('.status-now', { hasText: 'Now: In review.' }).waitFor();
  await facilitator.page.reload();
  await control.locator('.status-now', { hasText: 'Now: In review.' }).waitFor();

  await facilitator.context.close();
});
