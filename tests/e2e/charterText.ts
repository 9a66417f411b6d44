import type { Fixture } from '../support/api.js';

/** A charter as a city writes one: sections with headings, clauses of every length, a list. */
export const CHARTER_MARKDOWN = `# Preamble

We, the people of Riverside, of every origin, language and faith, come together to make our city a place where every person's dignity is respected in law and in daily life.

## Housing

Every resident has a right to a safe, accessible home they can afford, whatever their income, status or family.

The city keeps a public register of empty homes and brings them back into use within two years.

No household is evicted into homelessness.

## Language and participation

Every public notice, form and meeting is offered in the languages the city's residents speak, at no cost to them.

Residents take part in the city's budget: each neighbourhood decides on a share of it every year in open assemblies held in the evening and at weekends, with childcare, interpretation and transport provided so that nobody is kept away by work, care or distance.

- Assemblies are announced four weeks ahead.
- Minutes are published within a week.

## Accountability

An independent human rights office hears complaints and reports to the council twice a year.
`;

/** Import the charter as a new draft; returns its id and how many clauses it has. */
export async function importCharter(base: string, fixture: Fixture, title = 'Riverside Human Rights Charter'): Promise<{ id: string; clauses: number }> {
  const query = new URLSearchParams({ title, kind: 'charter' });
  const response = await fetch(`${base}/api/initiatives/${fixture.initiative.id}/drafts/import?${query}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${fixture.tokens.facilitator}`, 'Content-Type': 'text/markdown' },
    body: CHARTER_MARKDOWN,
  });
  if (response.status !== 201) throw new Error(`import: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; clauses: number };
}
