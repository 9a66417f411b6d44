import { expect, it } from 'vitest';
import { SESSION_MAP, sessionDocName, type Clause } from '@charter/shared';
import { createFixture, join, request } from '../support/api.js';
import { connectClient, synced } from '../support/collab.js';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { newPerson, openDraft, waitForText } from './browser.js';
import { openNotes, typeClauses } from './notes.js';
import { PHONE, horizontalOverflow, smallTargets } from './phone.js';
import { seedClauses } from './review.js';

const OLD = 'Every resident has a right to a home.';
const NEW = 'Every resident has a right to a safe and affordable home.';

it('the tally by community shows live on the card, and a facilitator puts the amendment “now discussing” for everyone until it is decided', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const amina = await newPerson(server.url);
  const fay = await newPerson(server.url);
  await useAxe(amina.context);
  await openDraft(amina.page, tokens.editor, draftId, 'Amina');
  await typeClauses(amina.page, ['Riverside is a Human Rights City.', OLD]);
  await openDraft(fay.page, tokens.facilitator, draftId, 'Fay');
  await waitForText(fay.page, OLD);

  // Three tenants and an official joined elsewhere; Tess proposes new words for clause 2.
  const [tess, tom, tia, rui] = await Promise.all([
    join(server.url, tokens.editor, 'Tess', ['Tenants']),
    join(server.url, tokens.editor, 'Tom', ['Tenants']),
    join(server.url, tokens.editor, 'Tia', ['Tenants']),
    join(server.url, tokens.reviewer, 'Council member Rui', ['Tenants']),
  ]);
  const clauses = (await request<Clause[]>(server.url, 'GET', `/api/drafts/${draftId}/clauses`, { token: tokens.viewer })).body;
  const clauseId = clauses.find((c) => c.text === OLD)?.id;
  const proposed = await request<{ id: string }>(server.url, 'POST', `/api/drafts/${draftId}/amendments`, {
    token: tess.token,
    body: { clauseId, text: NEW },
  });
  expect(proposed.status).toBe(201);
  const stand = (token: string, stance: string, reason?: string) =>
    request(server.url, 'POST', `/api/amendments/${proposed.body.id}/stances`, { token, body: { stance, ...(reason ? { reason } : {}) } });

  // Amina has the card open while people stand: the tally follows live.
  const card = (await openNotes(amina.page, 2)).locator('.amendment');
  await card.locator('ins', { hasText: 'safe and affordable' }).waitFor();
  for (const [token, stance, reason] of [
    [tess.token, 'support'],
    [tom.token, 'support'],
    [tia.token, 'concern'],
    [rui.token, 'object', 'The budget cannot carry it this year.'],
  ] as const) {
    expect((await stand(token, stance, reason)).status).toBe(200);
  }
  const table = card.getByRole('table', { name: 'Where people stand: residents by community, officials apart' });
  await table.getByRole('columnheader', { name: 'Tenants' }).waitFor();
  const row = (stance: string) => table.getByRole('row', { name: new RegExp(`^${stance}\\b`) });
  // Columns: Residents, Tenants, Officials. Two tenants show as "fewer than 3"; the official is counted apart.
  await row('Support').getByRole('cell').nth(0).filter({ hasText: /^2$/ }).waitFor();
  // The tally is asked again after each stance: the later stances may still be on their way.
  const cells = (stance: string) => row(stance).getByRole('cell').allTextContents();
  await expect
    .poll(async () => ({ support: await cells('Support'), concern: await cells('Concern'), object: await cells('Object') }), { timeout: 10_000 })
    .toEqual({ support: ['2', 'fewer than 3', '0'], concern: ['1', 'fewer than 3', '0'], object: ['0', '0', '1'] });
  expect(await table.textContent()).not.toContain('Tess');
  // Amina, who gave no community, stands aside: she counts among residents, in no community.
  await card.getByRole('radio', { name: 'Stand aside' }).check();
  await card.getByRole('button', { name: 'Record my stance' }).click();
  await card.getByText('Residents who gave no community: 1.').waitFor();
  expect(await row('Stand aside').getByRole('cell').allTextContents()).toEqual(['1', '0', '0']);

  // Fay puts the amendment up for discussion from its card.
  const fayCard = (await openNotes(fay.page, 2)).locator('.amendment');
  await fayCard.getByRole('button', { name: 'Discuss this amendment now' }).click();
  await fayCard.getByRole('button', { name: 'Stop discussing' }).waitFor();

  // Amina sees the clause marked, the band naming the amendment, the timer; she hears it politely.
  const band = amina.page.locator('.session');
  await band.getByText('Amendment proposed by Tess:').waitFor();
  await band.locator('.word-diff ins', { hasText: 'safe and affordable' }).waitFor();
  await band.getByRole('timer', { name: 'Time spent discussing the amendment to clause 2' })
    .filter({ hasText: /^Discussing an amendment to clause 2 for 0:\d\d$/ })
    .waitFor();
  await amina.page.locator('.ProseMirror .clause-discussing', { hasText: OLD }).waitFor();
  await amina.page.locator('[aria-live="polite"]', { hasText: 'Now discussing an amendment to clause 2, proposed by Tess' }).waitFor();
  await card.locator('.amendment-now', { hasText: 'Now discussing' }).waitFor();
  const violations = await seriousViolations(amina.page);
  expect(describeViolations('an amendment under discussion, with its tally', violations)).toBe('');

  // Fay declines it: the discussion ends by itself on Amina's screen, with the outcome.
  await fayCard.getByLabel('Note (optional)').fill('Not this year: the budget is set.');
  await fayCard.getByRole('button', { name: 'Decline' }).click();
  await band.getByText('The amendment to clause 2 is now: Declined. Its discussion has ended.').waitFor();
  expect(await band.getByRole('timer').count()).toBe(0);
  expect(await amina.page.locator('.ProseMirror .clause-discussing').count()).toBe(0);
  await amina.page.locator('[aria-live="polite"]', { hasText: 'The discussion of the amendment has ended.' }).waitFor();

  // Fay clears the band for everyone.
  await fay.page.locator('.session').getByRole('button', { name: 'Clear' }).click();
  await band.getByText('No clause is being discussed.').waitFor();

  await amina.context.close();
  await fay.context.close();
}, 180_000);

it('on a 360 × 740 phone, the tally and the amendment under discussion fit the screen', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const [, clause] = await seedClauses(server.url, server.collabUrl, draftId, tokens.editor, ['Riverside is a Human Rights City.', OLD]);
  const people = await Promise.all(
    ['Tess', 'Tom', 'Tia'].map((name) => join(server.url, tokens.editor, name, ['Eastside tenants association'])),
  );
  const rui = await join(server.url, tokens.reviewer, 'Council member Rui');
  const proposed = await request<{ id: string }>(server.url, 'POST', `/api/drafts/${draftId}/amendments`, {
    token: people[0].token,
    body: { clauseId: clause.id, text: NEW, rationale: 'A home must be safe and one can pay for it.' },
  });
  for (const [token, stance] of [...people.map((p) => [p.token, 'support'] as const), [rui.token, 'stand_aside'] as const]) {
    expect((await request(server.url, 'POST', `/api/amendments/${proposed.body.id}/stances`, { token, body: { stance } })).status).toBe(200);
  }
  // The facilitator's client puts it up for discussion (as the card's button does).
  const facilitator = connectClient(server.collabUrl, sessionDocName(draftId), tokens.facilitator);
  await synced(facilitator.provider);
  facilitator.doc.getMap(SESSION_MAP).set('nowDiscussing', { clauseId: clause.id, since: new Date().toISOString(), amendmentId: proposed.body.id });

  const { context, page } = await newPerson(server.url, PHONE);
  await useAxe(context);
  await openDraft(page, tokens.editor, draftId, 'Amina');
  // The clause's amendment badge fits its narrow gutter button.
  const badge = page.locator('.clause-gutter .amendment-badge').first();
  await badge.waitFor();
  const [badgeBox, buttonBox] = await Promise.all([badge.boundingBox(), page.locator('.clause-gutter .clause-button').nth(1).boundingBox()]);
  expect(badgeBox!.x + badgeBox!.width, 'amendment badge: wider than its gutter button').toBeLessThanOrEqual(buttonBox!.x + buttonBox!.width);
  // The bar at the top says an amendment is discussed; it opens the live session's band.
  await page.locator('.session-bar [role="timer"]').waitFor();
  await page.locator('.session-bar-people').tap();
  await page.locator('.session').getByText('Amendment proposed by Tess:').waitFor();
  expect(await horizontalOverflow(page), 'band: wider than the screen').toBe(0);
  await page.locator('.session').getByRole('button', { name: 'Show the amendment and where people stand' }).tap();
  const sheet = page.locator('#notes-panel');
  const table = sheet.getByRole('table', { name: 'Where people stand: residents by community, officials apart' });
  await table.getByRole('columnheader', { name: 'Eastside tenants association' }).waitFor();
  expect(await table.getByRole('row', { name: /^Support\b/ }).getByRole('cell').allTextContents()).toEqual(['3', '3', '0']);
  expect(await horizontalOverflow(page), 'notes sheet with the tally: wider than the screen').toBe(0);
  expect(await smallTargets(page), 'touch targets under 44 × 44').toEqual([]);
  const violations = await seriousViolations(page);
  expect(describeViolations('the tally on a phone', violations)).toBe('');
  await context.close();
}, 120_000);
