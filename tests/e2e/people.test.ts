import { expect, it } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { joinAs, newPerson, openDraft, waitForText } from './browser.js';
import { gutterButton, openNotes, typeClauses } from './notes.js';

it('two people join by name, one comments with a stance, the official answers, and the facilitator removes one', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const amina = await newPerson(server.url);
  const rosa = await newPerson(server.url);
  const bruno = await newPerson(server.url);
  await useAxe(bruno.context);

  // Amina joins by name with the communities she speaks from; her caret and presence carry it.
  await amina.page.goto(`/join/${tokens.editor}`);
  await amina.page.getByLabel('Your name', { exact: true }).fill('Amina');
  await amina.page.getByLabel(/^Communities you belong to/).fill('Eastside tenants, Somali community');
  await amina.page.getByRole('button', { name: 'Join', exact: true }).click();
  await amina.page.getByText('Welcome, Amina.').waitFor();
  await amina.page.goto(`/drafts/${draftId}`);
  await amina.page.getByText('Others see you as Amina.').waitFor();
  await typeClauses(amina.page, ['Every resident has a right to a home they can afford.']);

  await openDraft(rosa.page, tokens.reviewer, draftId, 'Rosa');
  await waitForText(rosa.page, 'a home they can afford.');
  // Who is here: each by the name they joined with, nobody a "Guest".
  await rosa.page.locator('.presence-list .presence-name', { hasText: 'Amina' }).waitFor();
  await amina.page.locator('.presence-list .presence-name', { hasText: 'Rosa' }).waitFor();

  // Amina comments with a stance: shown as a word and a mark, counted in the gutter.
  const panel = await openNotes(amina.page, 1);
  await panel.getByLabel('New comment').fill('Should this name the rent cap?');
  await panel.getByLabel('Your stance (optional)').selectOption('concern');
  await panel.getByRole('button', { name: 'Post comment' }).click();
  const thread = panel.getByRole('article', { name: 'Comment by Amina' });
  await thread.locator('.stance-tag', { hasText: 'Concern' }).waitFor();
  const rosaClause = await gutterButton(rosa.page, 1);
  await rosaClause.locator('.chip-stance', { hasText: '⚠ 1' }).waitFor();
  expect(await rosaClause.locator('.visually-hidden').textContent()).toContain('Concern: 1');

  // Rosa, the official, answers on the review page; the official answer comes first there.
  await rosa.page.goto(`/drafts/${draftId}/review`);
  await rosa.page.getByRole('button', { name: /1 comment/ }).click();
  const reviewThread = rosa.page.getByRole('article', { name: 'Comment by Amina' });
  await reviewThread.locator('.stance-tag', { hasText: 'Concern' }).waitFor();
  await rosa.page.locator('.review-clause .stance-count', { hasText: 'Concern: 1' }).waitFor();
  await reviewThread.getByRole('button', { name: 'Reply' }).click();
  await reviewThread.getByLabel('Reply to Amina').fill('The council will cap rent at 30% of income.');
  await reviewThread.getByLabel('Give this reply as the official answer').check();
  await reviewThread.getByRole('button', { name: 'Post reply' }).click();
  const answer = reviewThread.locator('.official-first');
  await answer.getByText('Official answer').waitFor();
  await answer.getByText('The council will cap rent at 30% of income.').waitFor();
  await answer.getByText('Rosa').waitFor();
  // First in the thread: before Amina's question.
  const order = await reviewThread.locator('.comment-text').allTextContents();
  expect(order).toEqual(['The council will cap rent at 30% of income.', 'Should this name the rent cap?']);
  // Amina sees it live in her panel, labelled.
  await thread.locator('.reply.is-official', { hasText: 'The council will cap rent at 30% of income.' }).getByText('Official answer').waitFor();

  // Bruno, the facilitator, sees who has joined, and removes Amina.
  await joinAs(bruno.page, tokens.facilitator, 'Bruno');
  const roster = bruno.page.getByRole('region', { name: 'Who has joined' });
  const aminaCard = roster.locator('.roster-person', { hasText: 'Amina' });
  await aminaCard.getByText('Eastside tenants, Somali community').waitFor();
  await aminaCard.getByText('Editor (resident)').waitFor();
  await aminaCard.getByText('Here now').waitFor();
  await roster.locator('.roster-person', { hasText: 'Rosa' }).getByText('Reviewer (official)').waitFor();
  const found = await seriousViolations(bruno.page);
  expect(describeViolations('join page with the roster', found)).toBe('');
  await aminaCard.getByRole('button', { name: 'Remove Amina' }).click();
  await aminaCard.getByText(/^Remove Amina\? Their link stops working at once/).waitFor();
  await aminaCard.getByRole('button', { name: 'Yes, remove Amina' }).click();
  await roster.getByRole('status').getByText('Amina was removed.').waitFor();
  await aminaCard.waitFor({ state: 'detached' });

  // Amina's open tab says so, and does not reconnect; her words stay under her name.
  await amina.page.getByRole('alert').getByText('You were removed from this initiative by a facilitator.').waitFor();
  await amina.page.locator('.badge').getByText('Removed by a facilitator').waitFor();
  // The editor is made read-only in an effect, a render after the badge says so.
  await expect.poll(() => amina.page.locator('.ProseMirror').getAttribute('contenteditable'), { timeout: 10_000 }).toBe('false');
  // Rosa is not affected: still connected, and Amina's comment is still Amina's.
  await rosa.page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  await reviewThread.getByText('Should this name the rent cap?').waitFor();

  // The activity log says who removed whom.
  await rosa.page.getByRole('button', { name: 'Refresh the activity' }).click();
  await rosa.page.getByRole('region', { name: 'Activity' }).getByText('Bruno removed Amina from the initiative').waitFor();

  // Amina's invite link, opened again on her device, says she was removed.
  await amina.page.goto(`/join/${tokens.editor}`);
  await amina.page.getByRole('heading', { level: 1, name: 'You were removed from this initiative by a facilitator.' }).waitFor();

  await amina.context.close();
  await rosa.context.close();
  await bruno.context.close();
  // Three people, two pages each, on a busy machine.
}, 150_000);

it('a returning person is welcomed back; "not you?" lets another person join on the same device', async () => {
  const server = await startServer();
  const { tokens } = await createFixture(server.url);
  const { page, context } = await newPerson(server.url);
  await joinAs(page, tokens.editor, 'Amina');
  await page.reload();
  await page.getByText('Welcome back, Amina.').waitFor();
  await page.getByRole('button', { name: 'Not you?' }).click();
  const name = page.getByLabel('Your name', { exact: true });
  await name.waitFor();
  // The caret waits in the name field.
  await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'name');
  // A name of spaces only is refused in words, and nothing is sent.
  await name.fill('   ');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('alert').getByText('Please give your name.').waitFor();
  await name.fill('Carmen');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByText('Welcome, Carmen.').waitFor();
  await page.reload();
  await page.getByText('Welcome back, Carmen.').waitFor();
  await context.close();
});
