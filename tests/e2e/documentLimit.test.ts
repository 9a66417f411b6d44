import { it } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { newPerson, openDraft } from './browser.js';

it('says so when a change would pass the document size limit, instead of retrying it forever', async () => {
  const server = await startServer({ env: { MAX_DOCUMENT_BYTES: '20000' } });
  const { tokens, draftId } = await createFixture(server.url);
  const editor = await newPerson(server.url);
  await openDraft(editor.page, tokens.editor, draftId, 'Amina');

  await editor.page.locator('.ProseMirror').click();
  await editor.page.keyboard.insertText('Whereas '.repeat(4000));
  await editor.page
    .getByRole('status')
    .filter({ hasText: 'Your last change is too large for the server, so it was not saved and the connection closed.' })
    .waitFor();
});
