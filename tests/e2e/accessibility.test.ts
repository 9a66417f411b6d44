import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createFixture, join, type Fixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { newPerson } from './browser.js';
import { recordNeed } from './notes.js';
import { annotate, seedClauses } from './review.js';

/** The interface's languages, each chosen by the browser's own (the context's locale). */
const LANGUAGES = [
  { lang: 'en', locale: 'en-GB' },
  { lang: 'es', locale: 'es-ES' },
  { lang: 'fr', locale: 'fr-FR' },
];

/** Wait until the page shows `selector` under its heading. */
async function settled(page: Page, selector: string): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.locator(selector).first().waitFor();
}

let server: { url: string };
let fixture: Fixture;

beforeAll(async () => {
  const running = await startServer();
  server = running;
  fixture = await createFixture(running.url);
  const { initiative, tokens, draftId } = fixture;
  const clauses = await seedClauses(running.url, running.collabUrl, draftId, tokens.editor, [
    'Riverside is a Human Rights City.',
    'Every resident has a right to a home they can afford.',
    'The city publishes a yearly report on these rights.',
  ]);
  const needId = await recordNeed(server.url, initiative.id, tokens.facilitator, {
    statement: 'Rent we can pay on one income',
    communities: ['Eastside tenants'],
    rightsArea: 'housing',
    source: 'Eastside listening session',
  });
  await recordNeed(server.url, initiative.id, tokens.facilitator, {
    statement: 'Buses that run after the night shift',
    communities: ['Night-shift workers'],
    rightsArea: 'mobility',
    source: 'Union hall meeting',
  });
  const clauseId = clauses[1].id;
  await annotate(server.url, draftId, tokens.facilitator, { clauseId, type: 'principle', principleId: 'hrc.right-to-the-city' });
  await annotate(server.url, draftId, tokens.facilitator, { clauseId, type: 'need', needId });
  // People who joined by name: a stance on a comment, an official answer, a roster to show.
  const amina = await join(server.url, tokens.editor, 'Amina', ['Eastside tenants']);
  const rosa = await join(server.url, tokens.reviewer, 'Rosa');
  const question = await annotate(server.url, draftId, amina.token, {
    clauseId,
    type: 'comment',
    text: 'Should this name the rent cap?',
    stance: 'concern',
  });
  await annotate(server.url, draftId, rosa.token, {
    clauseId,
    type: 'comment',
    text: 'The council will cap rent at 30% of income.',
    parentId: question,
    official: true,
  });
});

it.each(LANGUAGES)('every page in $lang has no serious or critical axe violation', async ({ lang, locale }) => {
  const { tokens, draftId } = fixture;
  const report: string[] = [];
  const { context, page } = await newPerson(server.url, { locale });
  await useAxe(context);
  const check = async (where: string) => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const found = await seriousViolations(page);
    if (found.length) report.push(describeViolations(`${lang} ${where}`, found));
  };

  await page.goto('/');
  await settled(page, 'form');
  await check('home');

  for (const role of ['viewer', 'reviewer', 'editor', 'facilitator'] as const) {
    await page.goto(`/join/${tokens[role]}`);
    await settled(page, 'table.drafts');
    await check(`join page (${role})`);
  }

  // The facilitator joins by name: the page greets them and shows who has joined.
  await page.locator('.join-form input[name="name"]').fill('Bruno');
  await page.locator('.join-form button[type="submit"]').click();
  await settled(page, '.welcome');
  await settled(page, '.roster-person');
  await check('join page (facilitator, joined, with the roster)');

  // The facilitator's editor, with the notes of the annotated clause open.
  await page.goto(`/drafts/${draftId}`);
  await settled(page, '.clause-gutter .clause-button >> nth=2');
  await page.locator('.clause-gutter .clause-button').nth(1).click();
  await settled(page, '#notes-panel .thread');
  await check('draft editor with its notes panel');

  await page.goto(`/join/${tokens.facilitator}/needs`);
  await settled(page, '.need-list .need');
  await check('needs register');

  await page.goto(`/drafts/${draftId}/coverage`);
  await settled(page, '.coverage-list li');
  await check('coverage');

  await page.goto(`/drafts/${draftId}/review`);
  // The notes are folded to a line; opened, the official answer comes first.
  await settled(page, '.review-notes-toggle');
  await page.locator('.review-notes-toggle').first().click();
  await settled(page, '.review-clause .official-first');
  await settled(page, '.activity');
  await check('review page');

  await page.goto('/no/such/page');
  await settled(page, 'main h1');
  await check('not found');

  await page.goto('/join/not-a-real-invite');
  await settled(page, 'main h1');
  await check('invalid invite');

  await context.close();
  expect(report.join('\n'), 'serious or critical axe violations').toBe('');
  // Twelve pages loaded and checked: room for a busy machine.
}, 150_000);
