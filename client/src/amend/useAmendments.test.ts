import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AMENDMENTS_MAP, readAmendments, type Amendment } from '@charter/shared';
import { openAmendmentCounts } from './useAmendments';

function amendment(id: string, clauseId: string, status: Amendment['status'], createdAt: string): Amendment {
  return {
    id,
    clauseId,
    baseText: 'old',
    text: 'new',
    rationale: null,
    author: null,
    status,
    stances: { support: 0, stand_aside: 0, concern: 0, object: 0, block: 0 },
    reasons: [],
    createdAt,
    decision: null,
  };
}

describe('amendments of the decisions document', () => {
  it('reads them oldest first and counts the open ones by clause', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<Amendment>(AMENDMENTS_MAP);
    map.set('b', amendment('b', 'c1', 'open', '2026-01-02T00:00:00Z'));
    map.set('a', amendment('a', 'c1', 'open', '2026-01-01T00:00:00Z'));
    map.set('c', amendment('c', 'c2', 'declined', '2026-01-03T00:00:00Z'));
    const read = readAmendments(doc);
    expect(read.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect([...openAmendmentCounts(read)]).toEqual([['c1', 2]]);
  });
});
