import { describe, expect, it } from 'vitest';
import type { AmendmentRow, StanceRow } from '../store/types.js';
import { presentAmendment } from './present.js';

const row: AmendmentRow = {
  id: 'a1',
  initiativeId: 'i',
  draftId: 'd',
  clauseId: 'c1',
  baseText: 'old',
  text: 'new',
  rationale: null,
  author: { id: 'p1', name: 'Amina' },
  status: 'open',
  createdAt: '2026-01-01T00:00:00.000Z',
  decision: null,
};

const stance = (amendmentId: string, person: string, s: StanceRow['stance'], reason: string | null = null): StanceRow => ({
  amendmentId,
  participant: { id: person, name: person },
  stance: s,
  reason,
  at: '2026-01-01T00:00:01.000Z',
});

describe('presentAmendment', () => {
  it('counts every stance, lists the reasons without names, and leaves out other amendments’ stances', () => {
    const shown = presentAmendment(row, [
      stance('a1', 'p2', 'support'),
      stance('a1', 'p3', 'object', 'Too costly.'),
      stance('a1', 'p4', 'concern', 'Define safe.'),
      stance('a2', 'p2', 'block', 'Elsewhere.'),
    ]);
    expect(shown.stances).toEqual({ support: 1, stand_aside: 0, concern: 1, object: 1, block: 0 });
    expect(shown.reasons).toEqual([
      { stance: 'object', reason: 'Too costly.' },
      { stance: 'concern', reason: 'Define safe.' },
    ]);
    expect(Object.keys(shown).sort()).toEqual(
      ['id', 'clauseId', 'baseText', 'text', 'rationale', 'author', 'status', 'stances', 'reasons', 'createdAt', 'decision'].sort(),
    );
  });
});
