import { expect, it } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { editorText, newPerson, openDraft, waitForText } from './browser.js';
import { gutterButton, openNotes, typeClauses } from './notes.js';

const OLD = 'Every resident has a right to a home.';
const NEW = 'Every resident has a right to a safe and affordable home.';

it('one person proposes new wording, another objects with a reason, a third supports, the facilitator accepts: every browser shows the new words', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const aminaBrowser = await newPerson(server.url);
  const ruiBrowser = await newPerson(server.url);
  const fayBrowser = await newPerson(server.url);
  await useAxe(fayBrowser.context);
  // Each joins by name from their invite link, as people do.
  await openDraft(aminaBrowser.page, tokens.editor, draftId, 'Amina');
  await typeClauses(aminaBrowser.page, ['Riverside is a Human Rights City.', OLD]);
  await openDraft(ruiBrowser.page, tokens.reviewer, draftId, 'Rui');
  await openDraft(fayBrowser.page, tokens.facilitator, draftId, 'Fay');
  await waitForText(fayBrowser.page, OLD);

  // Amina proposes new words for clause 2 from its notes.
  const panel = await openNotes(aminaBrowser.page, 2);
  await panel.getByRole('button', { name: 'Propose new wording' }).click();
  const wording = panel.getByLabel('New wording', { exact: true });
  expect(await wording.inputValue()).toBe(OLD);
  await wording.fill(NEW);
  await panel.getByLabel('Why (optional)').fill('A home must be safe and one can pay for it.');
  await panel.getByRole('button', { name: 'Propose', exact: true }).click();
  const aminaCard = panel.locator('.amendment');
  await aminaCard.locator('ins', { hasText: 'safe and affordable' }).waitFor();

  // Rui sees the badge and the announcement, and objects with a reason.
  await (await gutterButton(ruiBrowser.page, 2)).locator('.amendment-badge', { hasText: '1 open amendment' }).waitFor();
  await ruiBrowser.page.getByTestId('amendment-announcer').filter({ hasText: 'New amendment to clause 2' }).waitFor();
  const ruiCard = (await openNotes(ruiBrowser.page, 2)).locator('.amendment');
  await ruiCard.getByRole('radio', { name: 'Object' }).check();
  await ruiCard.getByRole('button', { name: 'Record my stance' }).click();
  await ruiCard.getByRole('alert').filter({ hasText: 'An objection or a block needs a reason.' }).waitFor();
  await ruiCard.getByLabel('Reason (needed to object or block)').fill('The budget cannot carry it this year.');
  await ruiCard.getByRole('button', { name: 'Record my stance' }).click();
  await ruiCard.getByText('Your stance is recorded.', { exact: false }).waitFor();

  // Fay supports, sees the tally and the reason, and accepts.
  const fayCard = (await openNotes(fayBrowser.page, 2)).locator('.amendment');
  await fayCard.locator('.tally-object', { hasText: 'Object 1' }).waitFor();
  await fayCard.getByText('The budget cannot carry it this year.').waitFor();
  await fayCard.getByRole('radio', { name: 'Support' }).check();
  await fayCard.getByRole('button', { name: 'Record my stance' }).click();
  await fayCard.locator('.tally-support', { hasText: 'Support 1' }).waitFor();
  const violations = await seriousViolations(fayBrowser.page);
  expect(describeViolations('notes panel with an amendment', violations)).toBe('');
  await fayCard.getByLabel('Note (optional)').fill('Carried, with the budget to be reviewed.');
  await fayCard.getByRole('button', { name: 'Accept' }).click();

  // Every browser shows the new words, and the amendment as accepted.
  for (const { page } of [aminaBrowser, ruiBrowser, fayBrowser]) await waitForText(page, NEW);
  await aminaCard.getByText('Status: Accepted').waitFor();
  await aminaBrowser.page.getByTestId('amendment-announcer').filter({ hasText: 'Amendment to clause 2 accepted' }).waitFor();
  expect((await editorText(ruiBrowser.page)).split('\n')).toEqual(['Riverside is a Human Rights City.', NEW]);

  for (const { context } of [aminaBrowser, ruiBrowser, fayBrowser]) await context.close();
  // Three browsers on a shared machine: opening the draft three times takes most of it.
}, 180_000);
