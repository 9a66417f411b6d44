import { MIN_TALLY_GROUP, noStances, type AmendmentTally, type StanceCounts } from '@charter/shared';
import { communityKey } from '../participation.js';
import type { AmendmentRow, AppStore, ParticipantRow, StanceRow } from '../store/types.js';

/**
 * Where people stand on one amendment: every stance, the residents' by
 * community, and the officials' (reviewers') apart. A person counts with the
 * communities they give now. Communities where fewer than MIN_TALLY_GROUP
 * residents stood are only counted, never named: with live updates, naming a
 * community of one or two would tell a room which community the person who
 * just stood belongs to.
 */
export function tallyStances(stances: readonly StanceRow[], people: readonly ParticipantRow[]): AmendmentTally {
  const byId = new Map(people.map((person) => [person.id, person]));
  const byStance = noStances();
  const residents = noStances();
  const officials = noStances();
  const groups = new Map<string, { community: string; people: number; stances: StanceCounts }>();
  let withoutCommunity = 0;

  for (const { participant, stance } of stances) {
    byStance[stance]++;
    const person = byId.get(participant.id);
    if (person?.role === 'reviewer') {
      officials[stance]++;
      continue;
    }
    residents[stance]++;
    const communities = new Map((person?.communities ?? []).map((c) => [communityKey(c), c.trim()]));
    if (communities.size === 0) withoutCommunity++;
    for (const [key, community] of communities) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { community, people: 0, stances: noStances() }));
      group.people++;
      group.stances[stance]++;
    }
  }

  const named = [...groups.values()].filter((group) => group.people >= MIN_TALLY_GROUP);
  return {
    byStance,
    residents,
    communities: named
      .sort((a, b) => b.people - a.people || a.community.localeCompare(b.community))
      .map(({ community, people, stances }) => ({ community, people, ...stances })),
    smallCommunities: groups.size - named.length,
    withoutCommunity,
    officials,
  };
}

/** Read one amendment's stances and the initiative's people, and tally them. */
export async function readTally(app: AppStore, amendment: AmendmentRow): Promise<AmendmentTally> {
  const [stances, people] = await Promise.all([app.listStances(amendment.draftId), app.listEveryParticipant(amendment.initiativeId)]);
  return tallyStances(stances.filter((s) => s.amendmentId === amendment.id), people);
}
