import { expect, it } from 'vitest';
import { createFixture, join, request } from '../support/api.js';
import { appendParagraph, connectClient, eventually, synced } from '../support/collab.js';
import { startServer } from '../support/server.js';
import type { Participation } from '@charter/shared';
import { describeViolations, seriousViolations, useAxe } from './axe.js';
import { newPerson } from './browser.js';
import { recordNeed } from './notes.js';

const WORDS = {
  en: { heading: 'Participation by community', unheard: 'Youth: needs recorded: 1, none answered, and nobody from Youth has taken part.', few: 'fewer than 3' },
  es: { heading: 'Participación por comunidad', unheard: 'Youth: necesidades registradas: 1, ninguna respondida, y nadie de Youth ha participado.', few: 'menos de 3' },
  fr: { heading: 'Participation par communauté', unheard: "Youth : besoins recueillis : 1, aucun satisfait, et personne de Youth n'a participé.", few: 'moins de 3' },
} as const;

it('shows whose voices shape the text, as a chart and a table, in three languages, with no names', async () => {
  const server = await startServer();
  const { initiative, tokens, draftId } = await createFixture(server.url);
  await recordNeed(server.url, initiative.id, tokens.facilitator, {
    statement: 'A place to meet after school',
    communities: ['Youth'],
    rightsArea: 'education',
    source: 'Survey',
  });
  await recordNeed(server.url, initiative.id, tokens.facilitator, {
    statement: 'Rent caps now',
    communities: ['Tenants'],
    rightsArea: 'housing',
    source: 'Listening session',
  });
  // A tenant writes a clause and comments on it.
  const amina = await join(server.url, tokens.editor, 'Amina Diallo', ['Tenants']);
  const writer = connectClient(server.collabUrl, draftId, amina.token);
  await synced(writer.provider);
  appendParagraph(writer.doc, 'Whereas rents have doubled;');
  const [clause] = await eventually(
    async () => (await request<Array<{ id: string }>>(server.url, 'GET', `/api/drafts/${draftId}/clauses`, { token: tokens.viewer })).body,
    (list) => list.length === 1,
    'the clause',
  );
  await request(server.url, 'POST', `/api/drafts/${draftId}/annotations`, { token: amina.token, body: { clauseId: clause.id, type: 'comment', text: 'Cap at 30%.' } });
  await eventually(
    async () => (await request<Participation>(server.url, 'GET', `/api/drafts/${draftId}/participation`, { token: tokens.viewer })).body,
    (p) => p.communities.some((c) => c.community === 'Tenants' && c.participants === 1),
    'the tenant counted',
  );

  for (const [locale, words] of Object.entries(WORDS)) {
    const person = await newPerson(server.url, { locale });
    await useAxe(person.context);
    await person.page.goto(`/join/${tokens.facilitator}`);
    await person.page.locator('h1').first().waitFor();
    await person.page.goto(`/drafts/${draftId}/participation`);
    await person.page.getByRole('heading', { level: 2, name: words.heading }).waitFor();
    await person.page.getByText(words.unheard).waitFor();
    // The chart is drawn, and the table beside it says the same in words.
    await person.page.waitForFunction(() => {
      const canvas = document.querySelector('.participation-chart canvas') as HTMLCanvasElement | null;
      return canvas !== null && canvas.width > 0 && canvas.getAttribute('aria-describedby') === 'participation-table';
    });
    const tenants = person.page.locator('#participation-table tbody tr', { hasText: 'Tenants' });
    await expect.poll(() => tenants.locator('td').first().textContent()).toBe(words.few);
    // Comments: one; needs recorded: one.
    expect(await tenants.locator('td').nth(2).textContent()).toBe('1');
    expect(await tenants.locator('td').nth(5).textContent()).toBe('1');
    expect(await person.page.content()).not.toContain('Amina');
    const violations = await seriousViolations(person.page);
    expect(violations, describeViolations(`participation (${locale})`, violations)).toEqual([]);
    await person.context.close();
  }
}, 150_000);
