import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { joinAs, newPerson, waitForText } from './browser.js';
import { openNotes } from './notes.js';
import { seedClauses } from './review.js';

/** Open the draft as someone who joined by name on an earlier visit. */
async function arrive(url: string, name: string, token: string, draftId: string) {
  const person = await newPerson(url);
  await joinAs(person.page, token, name);
  await person.page.goto(`/join/${token}`);
  await person.page.getByText(`Welcome back, ${name}.`).waitFor();
  await person.page.goto(`/drafts/${draftId}`);
  await person.page.locator('.ProseMirror').waitFor();
  await person.page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  return person;
}

/** Every text the live region has shown, from now on. */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.locator('.remote-announcer').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const region = document.querySelector('.remote-announcer')!;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text) said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said.slice());
}

it('a screen reader hears, politely and in summary, who joined, who edited which clause, who commented, and who left', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  await seedClauses(server.url, server.collabUrl, draftId, tokens.editor, [
    'Riverside is a Human Rights City.',
    'Everyone has the right to water.',
    'Buses run all night.',
  ]);

  const amina = await arrive(server.url, 'Amina', tokens.editor, draftId);
  const region = amina.page.locator('.remote-announcer');
  expect(await region.getAttribute('aria-live')).toBe('polite');
  // Who is here is no longer a live region: carets moving do not re-read the list.
  expect(await amina.page.locator('.presence-list[aria-live]').count()).toBe(0);
  const said = await recordAnnouncements(amina.page);
  await amina.page.waitForTimeout(1600);

  const bruno = await arrive(server.url, 'Bruno', tokens.facilitator, draftId);
  await region.filter({ hasText: /^Bruno joined$/ }).waitFor();

  // Bruno types a dozen characters at the end of clause 3, a keystroke at a time.
  await bruno.page.locator('.ProseMirror p', { hasText: 'Buses run all night.' }).click();
  await bruno.page.keyboard.press('End');
  await bruno.page.keyboard.type(' And on Sundays.', { delay: 60 });
  await waitForText(amina.page, 'Buses run all night. And on Sundays.');
  await region.filter({ hasText: /^Bruno edited clause 3$/ }).waitFor();
  // One sentence for the whole burst of typing, not one per keystroke.
  expect(await said()).toEqual(['Bruno joined', 'Bruno edited clause 3']);

  // He goes on typing in the same clause: nothing new is said.
  await bruno.page.keyboard.type(' Also holidays.', { delay: 40 });
  await waitForText(amina.page, 'Also holidays.');
  await amina.page.waitForTimeout(3500);
  expect(await said()).toEqual(['Bruno joined', 'Bruno edited clause 3']);

  // Edits in two clauses, in one summary.
  await bruno.page.locator('.ProseMirror p', { hasText: 'Riverside is' }).click();
  await bruno.page.keyboard.press('End');
  await bruno.page.keyboard.type(' Today.');
  await bruno.page.locator('.ProseMirror p', { hasText: 'right to water' }).click();
  await bruno.page.keyboard.press('End');
  await bruno.page.keyboard.type(' Clean.');
  // Said as one sentence; on a very busy machine a pause between the two may split it in two.
  await amina.page.waitForFunction(() => {
    const later = (window as unknown as { said: string[] }).said.slice(2).join(' / ');
    return later === 'Bruno edited clauses 1 and 2' || later === 'Bruno edited clause 1 / Bruno edited clause 2';
  });

  // He links clause 2 to a principle (not news) and comments on it (news).
  const heard = (await said()).length;
  const panel = await openNotes(bruno.page, 2);
  await panel.getByLabel('Find a principle').fill('right to the city');
  await panel.getByRole('checkbox', { name: 'The right to the city' }).check();
  await panel.getByLabel('New comment').fill('Should this say who pays?');
  await panel.getByRole('button', { name: 'Post comment' }).click();
  await region.filter({ hasText: /^Bruno commented on clause 2$/ }).waitFor();
  expect((await said()).slice(heard)).toEqual(['Bruno commented on clause 2']);

  // He leaves the page (which tells the others at once).
  await bruno.page.goto('about:blank');
  await region.filter({ hasText: /^Bruno left$/ }).waitFor();
  await bruno.context.close();
  await amina.context.close();
}, 90_000);
