import { expect, it } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { editorText, newPerson, openDraft, waitForText } from './browser.js';
import { gutterButton, openNotes, recordNeed, typeClauses } from './notes.js';

it('an editor links a clause to a principle and a need and comments; a reviewer sees it live, replies and resolves', async () => {
  const server = await startServer();
  const { initiative, tokens, draftId } = await createFixture(server.url);
  await recordNeed(server.url, initiative.id, tokens.facilitator, {
    statement: 'Rent we can pay on one income',
    communities: ['Eastside tenants'],
    rightsArea: 'housing',
    source: 'Eastside listening session',
  });

  const amina = await newPerson(server.url);
  const rosa = await newPerson(server.url);
  await openDraft(amina.page, tokens.editor, draftId, 'Amina');
  await typeClauses(amina.page, ['Riverside is a Human Rights City.', 'Every resident has a right to a home they can afford.']);
  await openDraft(rosa.page, tokens.reviewer, draftId, 'Rosa');
  await waitForText(rosa.page, 'a home they can afford.');

  // Amina annotates clause 2.
  const panel = await openNotes(amina.page, 2);
  await panel.getByLabel('Find a principle').fill('right to the city');
  await panel.getByRole('checkbox', { name: 'The right to the city' }).check();
  await panel.getByRole('checkbox', { name: 'Rent we can pay on one income' }).check();
  await panel.getByLabel('New comment').fill('Should this name the rent cap?');
  await panel.getByRole('button', { name: 'Post comment' }).click();
  await panel.getByText('Should this name the rent cap?').waitFor();

  // Rosa sees the chips and the comment count on clause 2, without a reload.
  const rosaClause2 = await gutterButton(rosa.page, 2);
  await rosaClause2.locator('.chip-principle', { hasText: 'The right to the city' }).waitFor();
  await rosaClause2.locator('.chip-need', { hasText: 'Rent we can pay on one income' }).waitFor();
  await rosaClause2.locator('.comment-count', { hasText: '1 comment' }).waitFor();
  expect(await (await gutterButton(rosa.page, 1)).locator('.chip').count()).toBe(0);

  // Rosa (a reviewer) opens the thread, replies and resolves it.
  const rosaPanel = await openNotes(rosa.page, 2);
  const thread = rosaPanel.getByRole('article', { name: 'Comment by Amina' });
  await thread.getByText('Should this name the rent cap?').waitFor();
  await thread.getByRole('button', { name: 'Reply' }).click();
  await thread.getByLabel('Reply to Amina').fill('Yes: 30% of income.');
  await thread.getByRole('button', { name: 'Post reply' }).click();
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await thread.getByText('Resolved', { exact: true }).waitFor();

  // Amina sees the reply and the resolved thread in her open panel.
  const aminaThread = panel.getByRole('article', { name: 'Comment by Amina' });
  await aminaThread.locator('.reply', { hasText: 'Yes: 30% of income.' }).waitFor();
  await aminaThread.locator('.reply', { hasText: 'Rosa' }).waitFor();
  await aminaThread.getByText('Resolved', { exact: true }).waitFor();
  await aminaThread.getByRole('button', { name: 'Reopen' }).waitFor();
  await (await gutterButton(amina.page, 2)).locator('.comment-count', { hasText: '2 comments' }).waitFor();

  // Rosa cannot change the text.
  expect(await rosa.page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');
  const before = await editorText(rosa.page);
  await rosa.page.locator('.ProseMirror').click();
  await rosa.page.keyboard.type('Changed by the reviewer');
  expect(await editorText(rosa.page)).toBe(before);
  expect(await editorText(amina.page)).toBe(before);

  await amina.context.close();
  await rosa.context.close();
});

it('a viewer reads the notes of a clause without controls to change them', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const writer = await newPerson(server.url);
  const viewer = await newPerson(server.url);
  await openDraft(writer.page, tokens.editor, draftId, 'Writer');
  await typeClauses(writer.page, ['Everyone may speak at council meetings in their own language.']);
  const panel = await openNotes(writer.page, 1);
  await panel.getByRole('checkbox', { name: 'Let people speak for themselves' }).check();

  await openDraft(viewer.page, tokens.viewer, draftId, 'Viewer');
  const clause = await gutterButton(viewer.page, 1);
  await clause.locator('.chip-principle', { hasText: 'Let people speak for themselves' }).waitFor();
  const viewerPanel = await openNotes(viewer.page, 1);
  await viewerPanel.getByText('You can read these notes but not change them.').waitFor();
  await viewerPanel.getByText('Let people speak for themselves').waitFor();
  expect(await viewerPanel.getByRole('checkbox').count()).toBe(0);
  expect(await viewerPanel.getByRole('textbox').count()).toBe(0);

  // The keyboard way back: Escape closes the panel and returns to the clause's button.
  await viewerPanel.getByRole('heading', { level: 2 }).press('Escape');
  await viewerPanel.waitFor({ state: 'detached' });
  expect(await viewer.page.evaluate(() => document.activeElement?.classList.contains('clause-button'))).toBe(true);

  await writer.context.close();
  await viewer.context.close();
});

it('Ctrl+Alt+M opens the notes of the clause holding the caret; notes of deleted text wait in “Detached notes”', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const { context, page } = await newPerson(server.url);
  await openDraft(page, tokens.editor, draftId, 'Amina');
  await typeClauses(page, ['Riverside is a Human Rights City.', 'Officials learn the rights of residents.', 'Last clause.']);
  await gutterButton(page, 3);

  // Put the caret in clause 2 and ask for its notes.
  await page.locator('.ProseMirror p', { hasText: 'Officials learn' }).click();
  await page.waitForFunction(() => window.getSelection()?.anchorNode?.textContent?.includes('Officials learn') ?? false);
  await page.keyboard.press('Control+Alt+m');
  const panel = page.locator('#notes-panel');
  await panel.getByRole('heading', { level: 2, name: 'Notes on clause 2' }).waitFor();
  await panel.getByRole('checkbox', { name: 'Human rights education and training' }).check();
  await panel.getByRole('button', { name: 'Close notes' }).click();
  await (await gutterButton(page, 2)).locator('.chip-principle', { hasText: 'Human rights education and training' }).waitFor();

  // Delete clause 2 whole, in one transaction (as cutting it would): its note
  // is kept, with the text it had.
  await page.evaluate(() => {
    interface Doc {
      child(index: number): { nodeSize: number };
    }
    const host = document.querySelector('.ProseMirror') as unknown as {
      editor: { state: { doc: Doc }; commands: { deleteRange(range: { from: number; to: number }): boolean } };
    };
    const { doc } = host.editor.state;
    const from = doc.child(0).nodeSize;
    host.editor.commands.deleteRange({ from, to: from + doc.child(1).nodeSize });
  });
  await page.waitForFunction(() => document.querySelectorAll('.ProseMirror > [data-clause-id]').length === 2);
  expect(await editorText(page)).toBe('Riverside is a Human Rights City.\nLast clause.');
  const detached = page.getByRole('region', { name: 'Detached notes' });
  await detached.waitFor();
  await detached.getByText('Officials learn the rights of residents.').waitFor();
  await detached.getByText('1 principles, 0 needs, 0 comments').waitFor();

  await context.close();
});
