import { describe, expect, it } from 'vitest';
import type { Role } from '@charter/shared';
import type { ParticipantRow, StanceRow } from '../store/types.js';
import { tallyStances } from './tally.js';

const person = (id: string, role: Role, communities: string[]): ParticipantRow => ({
  id,
  name: `Person ${id}`,
  role,
  communities,
  language: 'en',
  initiativeId: 'i',
  joinedAt: '2026-01-01T00:00:00.000Z',
  lastSeenAt: '2026-01-01T00:00:00.000Z',
});

const stance = (id: string, s: StanceRow['stance']): StanceRow => ({
  amendmentId: 'a1',
  participant: { id, name: `Person ${id}` },
  stance: s,
  reason: s === 'object' || s === 'block' ? 'Because.' : null,
  at: '2026-01-01T00:00:01.000Z',
});

describe('tallyStances', () => {
  const people = [
    person('t1', 'editor', ['Tenants', 'Eastside']),
    person('t2', 'editor', [' tenants ']),
    person('t3', 'facilitator', ['Tenants']),
    person('e1', 'editor', ['Eastside']),
    person('n1', 'editor', []),
    person('r1', 'reviewer', ['Tenants']),
  ];

  it('counts residents by community and officials apart, naming only communities of three or more', () => {
    const tally = tallyStances(
      [stance('t1', 'support'), stance('t2', 'object'), stance('t3', 'support'), stance('e1', 'concern'), stance('n1', 'stand_aside'), stance('r1', 'block')],
      people,
    );
    expect(tally.byStance).toEqual({ support: 2, stand_aside: 1, concern: 1, object: 1, block: 1 });
    expect(tally.residents).toEqual({ support: 2, stand_aside: 1, concern: 1, object: 1, block: 0 });
    expect(tally.officials).toEqual({ support: 0, stand_aside: 0, concern: 0, object: 0, block: 1 });
    // The reviewer's community is not counted: officials stand apart.
    expect(tally.communities).toEqual([{ community: 'Tenants', people: 3, support: 2, stand_aside: 0, concern: 0, object: 1, block: 0 }]);
    // Eastside (two people) is counted, not named.
    expect(tally.smallCommunities).toBe(1);
    expect(tally.withoutCommunity).toBe(1);
    expect(JSON.stringify(tally)).not.toMatch(/Person|t1|r1|Eastside/);
  });

  it('names no community while fewer than three of its residents stood', () => {
    const tally = tallyStances([stance('t1', 'block'), stance('t2', 'support')], people);
    expect(tally.communities).toEqual([]);
    expect(tally.smallCommunities).toBe(2);
  });
});
