import { expect, it } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { newPerson, openDraft } from './browser.js';
import { openNotes, recordNeed, typeClauses } from './notes.js';

it('coverage shows unanswered needs by community, and moves a need to answered when a clause is linked elsewhere', async () => {
  const server = await startServer();
  const { initiative, tokens, draftId } = await createFixture(server.url);
  const needId = await recordNeed(server.url, initiative.id, tokens.facilitator, {
    statement: 'Buses that run after the night shift',
    communities: ['Night-shift workers'],
    rightsArea: 'mobility',
    source: 'Union hall meeting',
  });

  const writer = await newPerson(server.url);
  await openDraft(writer.page, tokens.editor, draftId, 'Writer');
  await typeClauses(writer.page, ['The city runs public transport around the clock.']);

  const official = await newPerson(server.url);
  await official.page.goto(`/join/${tokens.reviewer}`);
  await official.page.getByRole('heading', { level: 2, name: 'Drafts' }).waitFor();
  await official.page.goto(`/drafts/${draftId}/coverage`);
  const unanswered = official.page.locator('section[aria-labelledby="unanswered-heading"]');
  const community = unanswered.getByRole('region', { name: 'Night-shift workers' });
  // A clause is written, but none is linked to the need: the page says so, and lists the need once.
  await community.getByText('No clause is linked to these yet:').waitFor();
  await community.getByText('Buses that run after the night shift').waitFor();
  expect(await official.page.getByText('Buses that run after the night shift').count()).toBe(1);
  const need = official.page.locator(`.coverage-list li[data-need-id="${needId}"]`);

  // The writer links the clause to the need; the coverage page follows, without a reload.
  const panel = await openNotes(writer.page, 1);
  await panel.getByRole('checkbox', { name: 'Buses that run after the night shift' }).check();

  await unanswered.getByText('Every recorded need is answered by at least one clause.').waitFor();
  expect(await community.count()).toBe(0);
  await official.page.waitForFunction(
    (id) => document.querySelector(`.coverage-list li[data-need-id="${id}"]`)?.getAttribute('data-answered') === 'true',
    needId,
  );
  await need.getByText('Clause 1').waitFor();
  await need.getByText('The city runs public transport around the clock.').waitFor();

  await writer.context.close();
  await official.context.close();
});
