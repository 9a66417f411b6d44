import { expect, it } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { editorText, newPerson, openDraft, waitForText } from './browser.js';

it('a viewer reads the draft and cannot change it', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const writer = await newPerson(server.url);
  const viewer = await newPerson(server.url);
  await openDraft(writer.page, tokens.editor, draftId, 'Writer');
  await writer.page.locator('.ProseMirror').click();
  await writer.page.keyboard.type('The city guarantees clean water.');

  await openDraft(viewer.page, tokens.viewer, draftId, 'Viewer');
  await waitForText(viewer.page, 'The city guarantees clean water.');
  expect(await viewer.page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');
  await viewer.page.getByText('Read-only: your link lets you read this draft, not change its text.').waitFor();
  expect(await viewer.page.getByRole('toolbar').count()).toBe(0);

  await viewer.page.locator('.ProseMirror').click();
  await viewer.page.keyboard.type('Changed by the viewer');
  await viewer.page.keyboard.press('Enter');
  expect(await editorText(viewer.page)).toBe('The city guarantees clean water.');

  // The viewer's connection is live (the writer's next words reach it), and
  // nothing the viewer typed reached the writer.
  await writer.page.keyboard.type(' Always.');
  await waitForText(viewer.page, 'clean water. Always.');
  expect(await editorText(writer.page)).toBe('The city guarantees clean water. Always.');
  expect(await editorText(viewer.page)).toBe('The city guarantees clean water. Always.');

  await writer.context.close();
  await viewer.context.close();
});
