import { mkdirSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { formatMoment, type Clause } from '@charter/shared';
import { createFixture, join, request, type Fixture } from '../support/api.js';
import { connectClient, eventually, synced } from '../support/collab.js';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { joinAs, newPerson } from './browser.js';
import { recordNeed } from './notes.js';
import { PHONE, horizontalOverflow } from './phone.js';
import { annotate } from './review.js';

/** Pictures of each page, kept with the test results and looked at by a person. */
const SCREENS = 'test-results/screens';
const LAPTOP = { viewport: { width: 1280, height: 800 } } as const;

/** A charter of 12 clauses: two headings and ten paragraphs. */
const TEXT: Array<[block: 'heading' | 'paragraph', text: string]> = [
  ['heading', 'Part one: who we are'],
  ['paragraph', 'Riverside is a Human Rights City, and every person here holds these rights.'],
  ['paragraph', 'Every resident has a right to a home they can afford, on one income.'],
  ['paragraph', 'Buses run after the night shift, seven days a week, on every line.'],
  ['paragraph', 'Clinics open on weekends in every district.'],
  ['paragraph', 'Council meetings are interpreted into the languages residents speak.'],
  ['heading', 'Part two: how we keep it'],
  ['paragraph', 'The city publishes a yearly report on these rights, written with residents.'],
  ['paragraph', 'A residents’ panel reviews the report before the council receives it.'],
  ['paragraph', 'Any resident may ask the panel to look into a right not kept.'],
  ['paragraph', 'The council answers the panel in public within ninety days.'],
  ['paragraph', 'This charter is read again, with residents, every five years.'],
];

let server: { url: string; collabUrl: string };
let fixture: Fixture;
let clauses: Clause[];

async function seedText(): Promise<Clause[]> {
  const { draftId, tokens } = fixture;
  const { doc, provider } = connectClient(server.collabUrl, draftId, tokens.editor);
  await synced(provider);
  for (const [block, text] of TEXT) {
    const element = new Y.XmlElement(block);
    if (block === 'heading') element.setAttribute('level', '2');
    element.insert(0, [new Y.XmlText(text)]);
    doc.getXmlFragment('body').push([element]);
  }
  const list = await eventually(
    async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${draftId}/clauses`, { token: tokens.editor })).body,
    (found) => Array.isArray(found) && found.length === TEXT.length,
    'the seeded clauses',
  );
  provider.destroy();
  return list;
}

beforeAll(async () => {
  server = await startServer();
  fixture = await createFixture(server.url);
  const { initiative, tokens, draftId } = fixture;
  clauses = await seedText();
  const rent = await recordNeed(server.url, initiative.id, tokens.facilitator, {
    statement: 'Rent we can pay on one income',
    communities: ['Eastside tenants'],
    rightsArea: 'housing',
    source: 'Eastside listening session',
  });
  const interpreting = await recordNeed(server.url, initiative.id, tokens.facilitator, {
    statement: 'Meetings we can follow in our own language',
    communities: ['Spanish-speaking parents', 'Vietnamese elders'],
    rightsAreas: ['language-access', 'participation'],
    source: 'Library listening session',
  });
  await recordNeed(server.url, initiative.id, tokens.facilitator, {
    statement: 'A safe place for young people who have no home',
    communities: ['Unhoused youth', 'Youth workers'],
    rightsAreas: ['housing', 'children-youth', 'education'],
    source: 'Drop-in centre',
  });
  const amina = await join(server.url, tokens.editor, 'Amina', ['Eastside tenants']);
  const rosa = await join(server.url, tokens.reviewer, 'Rosa');
  // Notes on every paragraph: two principles, a need, and comments with replies.
  for (const clause of clauses.filter((_, index) => TEXT[index][0] === 'paragraph')) {
    await annotate(server.url, draftId, tokens.facilitator, { clauseId: clause.id, type: 'principle', principleId: 'hrc.right-to-the-city' });
    await annotate(server.url, draftId, tokens.facilitator, { clauseId: clause.id, type: 'principle', principleId: 'jemez.be-inclusive' });
    const question = await annotate(server.url, draftId, amina.token, {
      clauseId: clause.id,
      type: 'comment',
      text: 'Should this say who pays for it, and by when?',
      stance: 'question',
    });
    await annotate(server.url, draftId, rosa.token, { clauseId: clause.id, type: 'comment', text: 'The budget for next year carries it.', parentId: question, official: true });
    await annotate(server.url, draftId, amina.token, { clauseId: clause.id, type: 'comment', text: 'We support this wording.', stance: 'for' });
  }
  await annotate(server.url, draftId, tokens.facilitator, { clauseId: clauses[2].id, type: 'need', needId: rent });
  await annotate(server.url, draftId, tokens.facilitator, { clauseId: clauses[5].id, type: 'need', needId: interpreting });
}, 60_000);

async function picture(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
}

async function openReviewAs(page: Page): Promise<void> {
  await joinAs(page, fixture.tokens.reviewer, 'Councillor Diaz');
  await page.goto(`/drafts/${fixture.draftId}/review`);
  await page.getByRole('heading', { level: 2, name: 'The text with its notes' }).waitFor();
  await page.locator('.review-clause').nth(TEXT.length - 1).waitFor();
}

it('the review page of a 12-clause draft with notes is under two laptop screens, notes folded to a line that opens', async () => {
  const { context, page } = await newPerson(server.url, LAPTOP);
  await openReviewAs(page);
  await picture(page, 'review-1280');
  const height = await page.evaluate(() => document.scrollingElement!.scrollHeight);
  console.log(`review page height at 1280×800, notes folded: ${height}px`);
  expect(height).toBeLessThan(2 * 800);

  // The clause is read before its notes: larger, and at least as dark.
  const clause = page.locator(`.review-clause[data-clause-id="${clauses[2].id}"]`);
  const sizes = await clause.evaluate((item) => {
    const size = (selector: string) => parseFloat(getComputedStyle(item.querySelector(selector)!).fontSize);
    return { text: size('.review-clause-text'), notes: size('.review-notes-toggle') };
  });
  expect(sizes.text).toBeGreaterThan(sizes.notes);

  // The notes line opens from the keyboard, and says what it holds.
  const toggle = clause.getByRole('button', { name: /2 principles · 1 need · 3 comments/ });
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await clause.getByText('Rent we can pay on one income').waitFor();
  await clause.getByText('The budget for next year carries it.').waitFor();
  // A comment's date reads as the exports write it: the shared formatter, in the reader's language and zone.
  const time = clause.locator('.thread time').first();
  const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  expect(await time.textContent()).toBe(formatMoment((await time.getAttribute('datetime'))!, 'en', zone));
  await page.keyboard.press('Enter');
  await clause.getByText('Rent we can pay on one income').waitFor({ state: 'hidden' });

  // One Comment button per clause opens the form; nothing is open before.
  expect(await page.locator('.review-clauses .comment-form').count()).toBe(0);
  expect(await page.locator('.review-clause').getByRole('button', { name: 'Comment', exact: true }).count()).toBe(TEXT.length);
  await clause.getByRole('button', { name: 'Comment', exact: true }).click();
  await clause.getByLabel('Comment on clause 3').fill('Name the income it is measured against.');
  await clause.getByRole('button', { name: 'Post comment' }).click();
  await clause.getByText('Name the income it is measured against.').waitFor();
  expect(await page.locator('.review-clauses .comment-form').count()).toBe(0);
  // Focus goes back to the button that opened the form.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Comment');

  // The contents list every heading and clause, each a link to it.
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByRole('link', { name: 'Part two: how we keep it' }).waitFor();
  expect(await contents.getByRole('link').count()).toBe(TEXT.length);
  await contents.getByRole('link', { name: /^10\b/ }).click();
  expect(await page.evaluate(() => location.hash)).toBe(`#clause-${clauses[9].id}`);

  // Printed, each clause's notes follow it as footnotes, open or not.
  await page.emulateMedia({ media: 'print' });
  expect(await clause.locator('.review-footnotes').isVisible()).toBe(true);
  expect(await page.locator('.review-exports').isVisible()).toBe(false);
  await picture(page, 'review-print');
  await context.close();
});

it('the review page on a phone keeps to the screen\'s width', async () => {
  const { context, page } = await newPerson(server.url, PHONE);
  await openReviewAs(page);
  await picture(page, 'review-360');
  expect(await horizontalOverflow(page)).toBe(0);
  await context.close();
});

it('coverage says a clause exists but none is linked, lists an unanswered need once, and says so differently for an empty draft', async () => {
  const { context, page } = await newPerson(server.url, LAPTOP);
  await page.goto(`/join/${fixture.tokens.reviewer}`);
  await page.getByRole('heading', { level: 2, name: 'Drafts' }).waitFor();
  await page.goto(`/drafts/${fixture.draftId}/coverage`);
  const unanswered = page.locator('section[aria-labelledby="unanswered-heading"]');
  const youth = unanswered.getByText('A safe place for young people who have no home');
  await youth.waitFor();
  await picture(page, 'coverage-1280');
  // Two communities voiced it: it is listed once, under both.
  expect(await youth.count()).toBe(1);
  expect(await page.getByText('A safe place for young people who have no home').count()).toBe(1);
  await unanswered.getByText('No clause is linked to these yet:').waitFor();
  await unanswered.getByRole('region', { name: 'Unhoused youth, Youth workers' }).waitFor();

  // A new, empty draft: nobody has written a clause yet.
  const empty = await request<{ id: string }>(server.url, 'POST', `/api/initiatives/${fixture.initiative.id}/drafts`, {
    token: fixture.tokens.facilitator,
    body: { title: 'An empty draft', kind: 'resolution' },
  });
  await page.goto(`/drafts/${empty.body.id}/coverage`);
  await unanswered.getByText('Nobody has written a clause yet. These wait for one:').first().waitFor();
  await page.locator('.coverage-list li').first().getByText('No clause written yet.').waitFor();
  await context.close();
});

it('a need is recorded with several rights areas, chosen every time, and its words are its largest text', async () => {
  const { context, page } = await newPerson(server.url, LAPTOP);
  await page.goto(`/join/${fixture.tokens.editor}/needs`);
  await page.getByRole('heading', { level: 1, name: 'Community needs register' }).waitFor();
  await page.locator('.need').first().waitFor();
  await picture(page, 'needs-1280');
  const form = page.locator('form.need-form');
  await form.getByLabel('The need, in the community’s own words').fill('Forms we can read');
  await form.getByLabel('Communities').fill('Vietnamese elders');
  await form.getByLabel('Source').fill('Temple meeting');
  // No area is chosen for them: the form asks.
  expect(await form.getByRole('checkbox', { checked: true }).count()).toBe(0);
  await form.getByRole('button', { name: 'Record the need' }).click();
  await form.getByText('Choose at least one rights area.').waitFor();
  await form.getByRole('checkbox', { name: /Language access/ }).check();
  await form.getByRole('checkbox', { name: 'Taking part in decisions' }).check();
  await form.getByRole('button', { name: 'Record the need' }).click();
  const need = page.locator('.need', { hasText: 'Forms we can read' });
  await need.getByText('Taking part in decisions').waitFor();
  await need.getByText(/Language access/).waitFor();
  // The next need starts with no area again.
  expect(await form.getByRole('checkbox', { checked: true }).count()).toBe(0);

  const sizes = await need.evaluate((item) => {
    const statement = parseFloat(getComputedStyle(item.querySelector('.need-statement')!).fontSize);
    const others = [...item.querySelectorAll('dt, dd, button')].map((el) => parseFloat(getComputedStyle(el).fontSize));
    return { statement, largestOther: Math.max(...others) };
  });
  expect(sizes.statement).toBeGreaterThan(sizes.largestOther);

  // Filtering by one of its areas finds it.
  await page.getByRole('group', { name: 'Filter' }).getByLabel('Rights area').selectOption('participation');
  await need.waitFor();
  await page.getByRole('group', { name: 'Filter' }).getByLabel('Rights area').selectOption('');
  await context.close();

  const phone = await newPerson(server.url, PHONE);
  await phone.page.goto(`/join/${fixture.tokens.editor}/needs`);
  await phone.page.getByText('Forms we can read').waitFor();
  await picture(phone.page, 'needs-360');
  expect(await horizontalOverflow(phone.page)).toBe(0);
  await phone.page.goto(`/join/${fixture.tokens.reviewer}`);
  await phone.page.getByRole('heading', { level: 2, name: 'Drafts' }).waitFor();
  await phone.page.goto(`/drafts/${fixture.draftId}/coverage`);
  await phone.page.locator('section[aria-labelledby="unanswered-heading"] li').first().waitFor();
  await picture(phone.page, 'coverage-360');
  expect(await horizontalOverflow(phone.page)).toBe(0);
  await phone.context.close();
});

const LANGUAGES = [
  { lang: 'en', locale: 'en-GB' },
  { lang: 'es', locale: 'es-ES' },
  { lang: 'fr', locale: 'fr-FR' },
];

it.each(LANGUAGES)('review, coverage and needs in $lang have no serious axe violation at 1280 and 360 px, nor sideways scroll on a phone', async ({ lang, locale }) => {
  const report: string[] = [];
  for (const [width, options] of [
    [1280, LAPTOP],
    [360, PHONE],
  ] as const) {
    const { context, page } = await newPerson(server.url, { ...options, locale });
    await useAxe(context);
    const check = async (where: string, selector: string) => {
      await page.locator(selector).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const found = await seriousViolations(page);
      if (found.length) report.push(describeViolations(`${lang} ${width}px ${where}`, found));
      if (width === 360) expect(await horizontalOverflow(page), `${where} at 360 px`).toBe(0);
    };
    await page.goto(`/join/${fixture.tokens.reviewer}`);
    await page.locator('table.drafts').waitFor();
    await page.goto(`/drafts/${fixture.draftId}/review`);
    await page.locator('.review-clause').nth(TEXT.length - 1).waitFor();
    await check('review', '.review-clause');
    await page.locator('.review-notes-toggle').first().click();
    await check('review, notes open', '.review-clause .thread');
    await page.goto(`/drafts/${fixture.draftId}/coverage`);
    await check('coverage', '.coverage-list li');
    await page.goto(`/join/${fixture.tokens.reviewer}/needs`);
    await check('needs', '.need');
    await context.close();
  }
  expect(report.join('\n')).toBe('');
});
