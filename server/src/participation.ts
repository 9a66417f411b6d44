import { authorId, buildClauseList, readAnnotations, type Draft, type Need, type Participation } from '@charter/shared';
import type { Collab } from './collab/index.js';
import type { AppStore, ContributionRow, ParticipantRow } from './store/types.js';

/** A draft's participation as it is now: the counted work written first, so the latest edits count. */
export async function readParticipation({ app, collab }: { app: AppStore; collab: Collab }, draft: Draft): Promise<Participation> {
  await collab.flushContributions();
  const [people, contributions, register] = await Promise.all([
    app.listEveryParticipant(draft.initiativeId),
    app.listContributions(draft.id),
    app.listNeeds(draft.initiativeId),
  ]);
  const { answered, commentAuthors } = await collab.read(draft.id, (body, notes) => ({
    answered: new Set(buildClauseList(body, notes).flatMap((clause) => clause.needs)),
    commentAuthors: readAnnotations(notes).flatMap((a) => (a.type === 'comment' ? [authorId(a.author)] : [])),
  }));
  const needs = register.filter((need) => !need.archived);
  return buildParticipation({ people, contributions, commentAuthors, needs, answered });
}

export interface ParticipationInput {
  /** Everyone who joined the initiative, removed people included. */
  people: ParticipantRow[];
  contributions: ContributionRow[];
  /** The draft's comments: the person who wrote each, or null (an invite token). */
  commentAuthors: Array<string | null>;
  /** The initiative's register, archived needs left out. */
  needs: Need[];
  /** Needs linked to a clause that is in the text. */
  answered: ReadonlySet<string>;
}

/** Communities are matched as people write them, give or take case and spaces. */
export const communityKey = (community: string) => community.trim().toLowerCase();

/**
 * Whose voices shape the text, per community: who took part and how, whose
 * needs are recorded and answered, and who is unheard. Counts only: no name
 * or id leaves this function. A person counts with the communities they gave
 * when they did the work.
 */
export function buildParticipation({ people, contributions, commentAuthors, needs, answered }: ParticipationInput): Participation {
  const shown = new Map<string, string>();
  const name = (community: string) => {
    if (!shown.has(communityKey(community))) shown.set(communityKey(community), community.trim());
    return communityKey(community);
  };
  for (const need of needs) need.communities.forEach(name);
  for (const person of people) person.communities.forEach(name);

  // The communities a person stood for when they first worked on this draft (else as they are now).
  const firstCommunities = new Map<string, readonly string[]>();
  for (const row of contributions) if (row.person && !firstCommunities.has(row.person)) firstCommunities.set(row.person, row.communities);
  const current = new Map(people.map((p) => [p.id, p.communities]));
  const communitiesOf = (person: string) => firstCommunities.get(person) ?? current.get(person) ?? [];

  const tally = new Map<string, { people: Set<string>; edits: number; comments: number; amendments: number; stances: number }>();
  const entry = (community: string) => {
    const k = name(community);
    let t = tally.get(k);
    if (!t) tally.set(k, (t = { people: new Set(), edits: 0, comments: 0, amendments: 0, stances: 0 }));
    return t;
  };
  const unidentified = { edits: 0, comments: 0 };
  const count = (person: string | null, kind: 'edits' | 'comments' | 'amendments' | 'stances', communities: readonly string[]) => {
    if (!person) {
      if (kind === 'edits' || kind === 'comments') unidentified[kind]++;
      return;
    }
    for (const community of new Set(communities.map(communityKey))) {
      const t = entry(shown.get(community) ?? community);
      t.people.add(person);
      t[kind]++;
    }
  };
  for (const row of contributions) {
    const kind = row.kind === 'edit' ? 'edits' : row.kind === 'comment' ? 'comments' : row.kind === 'amendment' ? 'amendments' : 'stances';
    count(row.person || null, kind, row.communities);
  }
  for (const author of commentAuthors) count(author, 'comments', author ? communitiesOf(author) : []);

  const communities = [...shown.entries()].map(([k, community]) => {
    const t = tally.get(k);
    const voiced = needs.filter((need) => need.communities.some((c) => communityKey(c) === k));
    return {
      community,
      participants: t?.people.size ?? 0,
      contributions: { edits: t?.edits ?? 0, comments: t?.comments ?? 0, amendments: t?.amendments ?? 0, stances: t?.stances ?? 0 },
      needs: {
        voiced: voiced.length,
        answered: voiced.filter((need) => answered.has(need.id)).length,
        firstHand: voiced.filter((need) => need.voice === 'community').length,
      },
    };
  });
  const unheard = communities
    .filter((c) => c.needs.voiced > c.needs.answered && c.participants === 0)
    .map((c) => c.community);
  return { communities, unheard, unidentified };
}
