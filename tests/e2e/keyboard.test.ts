import { expect, it } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { newPerson } from './browser.js';
import { focused, named, tabTo } from './keyboard.js';

it('from the join page to a posted, resolved comment with the keyboard alone, focus always visible', async () => {
  const server = await startServer();
  const { tokens } = await createFixture(server.url);
  const { context, page } = await newPerson(server.url);
  await page.goto(`/join/${tokens.facilitator}`);
  await page.locator('table.drafts').waitFor();

  // The first Tab reaches the skip link, shown on screen; Enter goes to the content.
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  expect(skip.className).toContain('skip-link');
  expect(skip.ringed).toBe(true);
  // It slides in (a short transition, where motion is welcome).
  await expect.poll(() => page.locator('.skip-link').evaluate((link) => link.getBoundingClientRect().top >= 0)).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

  // Join by name: the name field, then past the optional fields to the button.
  await tabTo(page, named('input', 'Your name'), 'the name field');
  await page.keyboard.type('Kiri');
  await tabTo(page, named('button', 'Join'), 'the join button');
  await page.keyboard.press('Enter');
  await page.getByText('Welcome, Kiri.').waitFor();
  // The greeting takes focus in an effect, after it is drawn.
  await expect.poll(() => focused(page), { timeout: 10_000 }).toMatchObject({ tag: 'p', name: 'Welcome, Kiri. Not you?' });

  // Start a draft: title, kind, blank, submit.
  await tabTo(page, named('input', 'Title'), 'the title field');
  await page.keyboard.type('Keyboard Charter');
  await tabTo(page, named('select', 'Kind of text'), 'the kind of text');
  await tabTo(page, named('input', /^Start with the usual sections/), 'the template checkbox');
  await page.keyboard.press('Space');
  expect(await page.getByRole('checkbox', { name: /^Start with the usual sections/ }).isChecked()).toBe(false);
  await tabTo(page, named('button', 'Start the draft'), 'the submit button');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await page.locator('.ProseMirror').waitFor();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();

  // The others see the name Kiri joined with; write two clauses.
  await page.getByText('Others see you as Kiri.').waitFor();
  await tabTo(page, (f) => f.className.includes('draft-text'), 'the text');
  await page.keyboard.type('Riverside is a Human Rights City.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Every resident has a right to a home.');
  await page.locator('.clause-gutter .clause-button').nth(1).waitFor();

  // Ctrl+Alt+M: the notes of the clause holding the caret, focus on their heading.
  await page.keyboard.press('Control+Alt+m');
  await page.locator('#notes-panel').getByRole('heading', { name: 'Notes on clause 2' }).waitFor();
  expect(await focused(page)).toMatchObject({ tag: 'h2', name: 'Notes on clause 2' });

  // Link a principle: search, then tick it with Space.
  await tabTo(page, named('input', 'Find a principle'), 'the principle search');
  await page.keyboard.type('right to the city');
  await tabTo(page, named('input', 'The right to the city'), 'the principle’s checkbox');
  await page.keyboard.press('Space');
  await page.locator('.clause-button').nth(1).locator('.chip-principle', { hasText: 'The right to the city' }).waitFor();

  // Comment, and post with the button.
  await tabTo(page, named('textarea', 'New comment'), 'the comment field');
  await page.keyboard.type('Should this name the rent cap?');
  await tabTo(page, named('button', 'Post comment'), 'the post button');
  await page.keyboard.press('Enter');
  const thread = page.locator('#notes-panel').getByRole('article', { name: 'Comment by Kiri' });
  await thread.getByText('Should this name the rent cap?').waitFor();

  // Resolve it.
  await tabTo(page, named('button', 'Resolve'), 'the resolve button');
  await page.keyboard.press('Enter');
  await thread.getByText('Resolved', { exact: true }).waitFor();

  // Facilitate: put the clause up for discussion, from the panel.
  await tabTo(page, named('button', 'Discuss this clause'), 'the discuss button', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.locator('.session').getByRole('button', { name: 'Stop discussing' }).waitFor();

  // Escape closes the panel and returns to the clause's gutter button, ringed.
  await page.keyboard.press('Escape');
  await page.locator('#notes-panel').waitFor({ state: 'detached' });
  const back = await focused(page);
  expect(back.className).toContain('clause-button');
  expect(back.name).toMatch(/^Clause 2/);
  expect(back.ringed).toBe(true);

  // The gutter is one Tab stop; the arrow keys walk its clauses, Enter opens one's notes.
  await page.keyboard.press('ArrowUp');
  const first = await focused(page);
  expect(first.name).toMatch(/^Clause 1/);
  expect(first.ringed).toBe(true);
  await page.keyboard.press('Enter');
  await page.locator('#notes-panel').getByRole('heading', { name: 'Notes on clause 1' }).waitFor();
  await page.keyboard.press('Escape');
  await page.locator('#notes-panel').waitFor({ state: 'detached' });
  expect((await focused(page)).name).toMatch(/^Clause 1/);

  // Escape in the gutter: back to the text, at the start of that clause.
  await page.keyboard.press('Escape');
  // Tiptap focuses the text on the next animation frame.
  await expect.poll(async () => (await focused(page)).className).toContain('draft-text');
  await page.keyboard.type('Today, ');
  await page.locator('.ProseMirror p', { hasText: 'Today, Riverside is a Human Rights City.' }).waitFor();

  // From the text, one Tab reaches the gutter (at the clause last visited), the next leaves it.
  await page.keyboard.press('Tab');
  expect((await focused(page)).name).toMatch(/^Clause 1/);
  await page.keyboard.press('Tab');
  expect((await focused(page)).className).not.toContain('clause-button');

  await context.close();
});

it('a facilitator replaces an invite, moves a draft to review and downloads it, with the keyboard alone', async () => {
  const server = await startServer();
  const { tokens } = await createFixture(server.url);
  const { context, page } = await newPerson(server.url, { acceptDownloads: true });
  await page.goto(`/join/${tokens.facilitator}`);
  await page.locator('table.drafts').waitFor();

  // Replace the editor's invite link.
  await tabTo(page, named('button', 'Replace the editor link'), 'the replace button');
  await page.keyboard.press('Enter');
  await tabTo(page, named('button', 'Replace it'), 'the confirm button');
  await page.keyboard.press('Enter');
  await page.getByLabel('New invite link for Editor (resident)').waitFor();

  // To the draft's review page, by its link in the list of drafts.
  await tabTo(page, named('a', /^Review page of Riverside Human Rights Charter/), 'the review link', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: 'The text with its notes' }).waitFor();

  // Move it to review.
  await tabTo(page, named('button', 'Open for review'), 'the status button');
  await page.keyboard.press('Enter');
  await page.getByText('In review', { exact: false }).first().waitFor();

  // Download it as Markdown.
  await tabTo(page, named('button', 'Download as Markdown'), 'the Markdown button');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.md$/);

  await context.close();
});

it('starts an initiative and opens it as facilitator with the keyboard alone', async () => {
  const server = await startServer();
  const { context, page } = await newPerson(server.url);
  await page.goto('/');
  await page.locator('main form').waitFor();

  await tabTo(page, named('input', 'Name of the initiative'), 'the name field');
  await page.keyboard.type('Human Rights City Lakeside');
  await tabTo(page, named('input', 'Place'), 'the place field');
  await page.keyboard.type('Lakeside');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Invite links for Human Rights City Lakeside' }).waitFor();

  await tabTo(page, named('a', 'Open as facilitator'), 'the facilitator link');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Human Rights City Lakeside' }).waitFor();
  // After the page changes, focus is on its title, where a screen reader starts reading.
  expect(await focused(page)).toMatchObject({ tag: 'h1', name: 'Human Rights City Lakeside' });

  await context.close();
});
