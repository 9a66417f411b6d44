import { expect, it } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { newPerson, waitForText } from './browser.js';

it('a facilitator starts a draft with the usual sections of its kind', async () => {
  const server = await startServer();
  const { tokens } = await createFixture(server.url);
  const facilitator = await newPerson(server.url);
  await facilitator.page.goto(`/join/${tokens.facilitator}`);
  await facilitator.page.getByRole('heading', { level: 2, name: 'Start a draft' }).waitFor();

  await facilitator.page.getByLabel('Title', { exact: true }).fill('Resolution declaring Riverside a Human Rights City');
  await facilitator.page.getByLabel('Kind of text').selectOption('resolution');
  const template = facilitator.page.getByRole('checkbox', { name: 'Start with the usual sections of a resolution' });
  expect(await template.isChecked()).toBe(true);
  await facilitator.page.getByText('Sections: Whereas, Resolved, Definitions, Implementation, Remedy.', { exact: false }).waitFor();
  await facilitator.page.getByRole('button', { name: 'Start the draft' }).click();

  await facilitator.page.waitForURL(/\/drafts\/[^/]+$/);
  // Until the body syncs, the editor shows an empty paragraph of its own: wait for the template.
  await waitForText(facilitator.page, 'Whereas');
  const firstBlock = facilitator.page.locator('.ProseMirror > *').first();
  expect(await firstBlock.evaluate((block) => block.tagName)).toBe('H2');
  expect(await firstBlock.textContent()).toBe('Whereas');
  await facilitator.page.locator('.ProseMirror').getByText('NOW, THEREFORE, BE IT RESOLVED', { exact: false }).waitFor();

  await facilitator.context.close();
});
