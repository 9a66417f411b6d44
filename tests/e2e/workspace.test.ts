import { expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { createFixture } from '../support/api.js';
import { connectClient, synced } from '../support/collab.js';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { joinAs, newPerson, openDraft, selectionSettles, waitForText } from './browser.js';
import { importCharter } from './charterText.js';
import { PHONE, horizontalOverflow } from './phone.js';
import { gutterAlignment, joinInAnyLanguage, picture } from './workspace.js';

/** A button sits on its clause when their middles are this close, in pixels. */
const NEAR_PX = 3;

/**
 * Every button on its clause's first line; with `pushed`, a button may
 * instead sit just under the one above it, where two first lines are closer
 * than a button is tall (a phone's 44 px buttons beside one-line clauses).
 */
async function expectAligned(page: Page, when: string, pushed = false): Promise<void> {
  await expect
    .poll(async () => {
      const found = await gutterAlignment(page);
      const [worst, at] = pushed ? [found.worstPushed, found.atPushed] : [found.worst, found.at];
      if (found.clauses !== found.buttons) return `${found.buttons} buttons for ${found.clauses} clauses`;
      return worst <= NEAR_PX ? 'aligned' : `clause ${at} is ${worst.toFixed(1)} px off`;
    }, { message: when })
    .toBe('aligned');
}

it('each clause’s gutter button sits on its first line as the text is typed, pasted, resized and edited by others; the open clause is marked', async () => {
  const server = await startServer();
  const fixture = await createFixture(server.url);
  const draft = await importCharter(server.url, fixture);
  const { context, page } = await newPerson(server.url, { viewport: { width: 1280, height: 800 } });
  await openDraft(page, fixture.tokens.facilitator, draft.id, 'Bruno');
  await page.locator('.clause-gutter .clause-button').nth(draft.clauses - 1).waitFor();
  await expectAligned(page, 'as the draft opens');

  // Typing: clause 2 grows by two lines, everything under it moves down.
  await page.locator('.ProseMirror p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' We hold these rights together, and we answer for them to one another, year after year, in the open.');
  await waitForText(page, 'year after year, in the open.');
  await expectAligned(page, 'after typing');

  // Pasting two paragraphs into clause 4: two more clauses, each with its button.
  await page.locator('.ProseMirror p', { hasText: 'Every resident has a right' }).click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>Rents rise no faster than wages.</p><p>Tenants may organise without fear of eviction.</p>');
    data.setData('text/plain', 'Rents rise no faster than wages.\n\nTenants may organise without fear of eviction.');
    document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await waitForText(page, 'Tenants may organise without fear of eviction.');
  await expect.poll(async () => (await gutterAlignment(page)).clauses).toBe(draft.clauses + 1);
  await expectAligned(page, 'after pasting');

  // Another person adds a clause at the top, through the stock client.
  const other = connectClient(server.collabUrl, draft.id, fixture.tokens.facilitator);
  await synced(other.provider);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Adopted by the people of Riverside in open assembly.')]);
  other.doc.getXmlFragment('body').insert(0, [paragraph]);
  await waitForText(page, 'Adopted by the people of Riverside');
  await expectAligned(page, 'after another person’s edit');
  other.provider.destroy();

  // Resizing: narrower, the text reflows onto more lines; then a phone's width.
  await page.setViewportSize({ width: 960, height: 800 });
  await expectAligned(page, 'at 960 px');
  await page.setViewportSize({ width: 360, height: 740 });
  await expectAligned(page, 'at 360 px', true);
  await picture(page, 'editor-360-gutter');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectAligned(page, 'back at 1280 px');

  // The open clause is marked in the text, and only it.
  await page.locator('.clause-gutter .clause-button').nth(4).click();
  await page.locator('#notes-panel').getByRole('heading', { name: 'Notes on clause 5' }).waitFor();
  await page.locator('.ProseMirror > [data-clause-id]').nth(4).and(page.locator('.clause-open')).waitFor();
  expect(await page.locator('.ProseMirror .clause-open').count()).toBe(1);

  // A heading has a quieter button, and its notes say plainly why it has one at all.
  const heading = page.locator('.clause-gutter .clause-button').nth(1);
  expect(await heading.getAttribute('data-heading')).toBe('true');
  expect(await heading.textContent()).toMatch(/^Heading, clause 2/);
  await heading.click();
  await page.locator('#notes-panel').getByText('This is a heading, the title of a section.').waitFor();
  await expectAligned(page, 'with the notes of a heading open');
  await picture(page, 'editor-1280-heading-notes');

  await context.close();
});

it('a phone shows the clause discussed and who is here at the top, wherever one has scrolled, when a facilitator starts a discussion', async () => {
  const server = await startServer();
  const fixture = await createFixture(server.url);
  const draft = await importCharter(server.url, fixture);
  const bruno = await newPerson(server.url, { viewport: { width: 1280, height: 800 } });
  await openDraft(bruno.page, fixture.tokens.facilitator, draft.id, 'Bruno');
  const amina = await newPerson(server.url, PHONE);
  await joinAs(amina.page, fixture.tokens.editor, 'Amina');
  await amina.page.goto(`/drafts/${draft.id}`);
  await amina.page.locator('.clause-gutter .clause-button').nth(draft.clauses - 1).waitFor();

  // The text comes first: its first line is on the first screen.
  const first = (await amina.page.locator('.ProseMirror > [data-clause-id]').first().boundingBox())!;
  expect(first.y).toBeLessThan(740 * 0.75);
  const bar = amina.page.locator('.session-bar');
  await bar.getByText('No clause is being discussed.').waitFor();
  await bar.getByRole('button', { name: '2 here' }).waitFor();

  // Amina reads to the end of the text.
  await amina.page.locator('.ProseMirror > [data-clause-id]').last().scrollIntoViewIfNeeded();
  await amina.page.evaluate(() => window.scrollTo({ top: document.scrollingElement!.scrollHeight, behavior: 'instant' }));

  // Bruno puts clause 6 up for discussion on his laptop.
  const notes = bruno.page.locator('#notes-panel');
  await bruno.page.locator('.clause-gutter .clause-button').nth(5).click();
  await notes.getByRole('button', { name: 'Discuss this clause' }).click();

  // Amina's bar says so, at the top of her window, where she is.
  // A screen reader hears it too, though the live session itself waits in the closed sheet.
  await amina.page.locator('[aria-live="polite"]', { hasText: 'Now discussing clause 6' }).waitFor();
  const timer = bar.getByRole('timer', { name: 'Time spent discussing clause 6' });
  await timer.filter({ hasText: /^Discussing clause 6 for 0:\d\d$/ }).waitFor();
  const box = (await bar.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(80);
  expect(await amina.page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
  expect(await horizontalOverflow(amina.page)).toBe(0);
  await picture(amina.page, 'editor-360-discussing-bar');

  // Tapping it brings clause 6 into view.
  await timer.tap();
  await expect
    .poll(() =>
      amina.page.locator('.ProseMirror > [data-clause-id]').nth(5).evaluate((block) => {
        const r = block.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }),
    )
    .toBe(true);

  // Who is here opens as a sheet, with the live session on top of it.
  await bar.getByRole('button', { name: '2 here' }).tap();
  const sheet = amina.page.locator('#side-panel');
  await sheet.getByRole('tab', { name: 'Who is here (2)', selected: true }).waitFor();
  await expect.poll(() => amina.page.evaluate(() => document.activeElement?.id)).toBe('side-tab-people');
  await sheet.locator('.presence-list li', { hasText: 'Bruno' }).waitFor();
  await sheet.locator('.session').getByText(/^Discussing clause 6 for/).waitFor();
  await picture(amina.page, 'editor-360-who-is-here');
  await sheet.getByRole('button', { name: 'Close', exact: true }).tap();
  await sheet.waitFor({ state: 'hidden' });
  expect(await amina.page.evaluate(() => document.activeElement?.classList.contains('session-bar-people'))).toBe(true);

  // The discussion ends: the bar says so.
  await bruno.page.locator('.session').getByRole('button', { name: 'Stop discussing' }).click();
  await bar.getByText('No clause is being discussed.').waitFor();

  await bruno.context.close();
  await amina.context.close();
});

it('the gutter, the side panel and the toolbar’s menu work from the keyboard alone', async () => {
  const server = await startServer();
  const fixture = await createFixture(server.url);
  const draft = await importCharter(server.url, fixture);
  const { context, page } = await newPerson(server.url, { viewport: { width: 1280, height: 800 } });
  await openDraft(page, fixture.tokens.facilitator, draft.id, 'Bruno');
  await page.locator('.clause-gutter .clause-button').nth(draft.clauses - 1).waitFor();
  const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', role: document.activeElement?.getAttribute('role') }));

  // From the text, Tab reaches the gutter; the arrows walk it; Enter opens a clause's notes.
  await page.locator('.ProseMirror p').first().click();
  await page.keyboard.press('Tab');
  expect((await focused()).text).toMatch(/^Heading, clause 1/);
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  expect((await focused()).text).toMatch(/^Clause 4/);
  await page.keyboard.press('Enter');
  await page.locator('#notes-panel').getByRole('heading', { name: 'Notes on clause 4' }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes-heading');

  // The panel's tabs: the arrows switch between the notes and who is here.
  await page.getByRole('tab', { name: 'Notes' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('tab', { name: 'Who is here (1)', selected: true }).waitFor();
  await page.locator('#side-people .presence-list li', { hasText: 'Bruno' }).waitFor();
  expect(await page.locator('#side-notes').isHidden()).toBe(true);
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('tab', { name: 'Notes', selected: true }).waitFor();

  // Escape in the notes: back to the clause's button.
  await page.locator('#notes-heading').focus();
  await page.keyboard.press('Escape');
  await page.locator('#notes-panel').waitFor({ state: 'detached' });
  expect((await focused()).text).toMatch(/^Clause 4/);

  // The toolbar is one line; what does not fit is in "More", opened with the arrow key.
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const rows = await toolbar.locator('.tool').evaluateAll((tools) => new Set(tools.filter((t) => t.getBoundingClientRect().width > 0).map((t) => Math.round(t.getBoundingClientRect().top))).size);
  expect(rows).toBe(1);
  await page.locator('.ProseMirror p', { hasText: 'No household is evicted' }).click();
  await selectionSettles(page, '', 'No household is evicted');
  await toolbar.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('End');
  expect((await focused()).text).toMatch(/^More/);
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'More' });
  await menu.waitFor();
  await page.keyboard.press('End');
  expect((await focused()).text).toBe('Numbered list');
  await page.keyboard.press('Enter');
  await page.locator('.ProseMirror ol li', { hasText: 'No household is evicted' }).waitFor();
  await menu.waitFor({ state: 'detached' });
  // Back in the text, where the change was made (Tiptap focuses it on the next animation frame); the menu shows the list is on.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('draft-text');
  await toolbar.locator('.tool-more > button').focus();
  await page.keyboard.press('ArrowDown');
  await menu.getByRole('menuitemcheckbox', { name: 'Numbered list', checked: true }).waitFor();
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  expect((await focused()).text).toMatch(/^More/);

  await context.close();
});

const LANGUAGES = [
  { lang: 'en', locale: 'en-GB' },
  { lang: 'es', locale: 'es-ES' },
  { lang: 'fr', locale: 'fr-FR' },
];

it.each(LANGUAGES)('the editor in $lang: no serious axe violation at 1280 and 360 px, no sideways scroll on a phone', async ({ lang, locale }) => {
  const server = await startServer();
  const fixture = await createFixture(server.url);
  const draft = await importCharter(server.url, fixture);
  const report: string[] = [];
  const check = async (page: Page, where: string) => {
    const found = await seriousViolations(page);
    if (found.length) report.push(describeViolations(`${lang} ${where}`, found));
  };

  // A facilitator on a laptop, discussing clause 6 with its notes open.
  const wide = await newPerson(server.url, { locale, viewport: { width: 1280, height: 800 } });
  await useAxe(wide.context);
  await joinInAnyLanguage(wide.page, fixture.tokens.facilitator, 'Bruno');
  await wide.page.goto(`/drafts/${draft.id}`);
  await wide.page.locator('.clause-gutter .clause-button').nth(draft.clauses - 1).waitFor();
  await wide.page.locator('.clause-gutter .clause-button').nth(5).click();
  await wide.page.locator('#notes-panel .discuss-action button').click();
  await wide.page.locator('.session [role="timer"]').waitFor();
  await check(wide.page, 'editor at 1280 px, notes open, discussing');
  await picture(wide.page, `editor-1280-${lang}`);
  await wide.page.locator('.toolbar .tool-more > button').click();
  await wide.page.locator('.tool-menu').waitFor();
  await check(wide.page, 'editor at 1280 px, the toolbar’s menu open');

  // A resident on a phone who has not given a name yet, then has.
  const phone = await newPerson(server.url, { ...PHONE, locale });
  await useAxe(phone.context);
  await phone.page.goto(`/join/${fixture.tokens.editor}`);
  await phone.page.locator('table.drafts').waitFor();
  await phone.page.goto(`/drafts/${draft.id}`);
  await phone.page.locator('.join-prompt').waitFor();
  await phone.page.locator('.session-bar [role="timer"]').waitFor();
  expect(await horizontalOverflow(phone.page), 'sideways scroll before joining').toBe(0);
  await check(phone.page, 'editor at 360 px, not joined');
  await picture(phone.page, `editor-360-${lang}-not-joined`);
  await phone.page.locator('.join-prompt > button').tap();
  await phone.page.locator('.join-form input[name="name"]').fill('Amina');
  await phone.page.locator('.join-form button[type="submit"]').tap();
  await phone.page.locator('.join-prompt').waitFor({ state: 'detached' });
  await phone.page.locator('.clause-gutter .clause-button').nth(draft.clauses - 1).waitFor();
  expect(await horizontalOverflow(phone.page), 'sideways scroll').toBe(0);
  await check(phone.page, 'editor at 360 px');
  await picture(phone.page, `editor-360-${lang}`);
  await phone.page.locator('.draft-pages-menu > button').tap();
  await phone.page.locator('.draft-pages-panel').waitFor();
  expect(await horizontalOverflow(phone.page), 'sideways scroll with the pages menu open').toBe(0);
  await check(phone.page, 'editor at 360 px, pages menu open');
  await picture(phone.page, `editor-360-${lang}-pages`);
  await phone.page.keyboard.press('Escape');
  await phone.page.locator('.clause-gutter .clause-button').nth(3).tap();
  await phone.page.locator('#notes-panel').waitFor();
  expect(await horizontalOverflow(phone.page), 'sideways scroll with the notes sheet').toBe(0);
  await check(phone.page, 'editor at 360 px, notes sheet');
  await picture(phone.page, `editor-360-${lang}-notes`);

  await wide.context.close();
  await phone.context.close();
  expect(report.join('\n'), 'serious or critical axe violations').toBe('');
}, 120_000);
