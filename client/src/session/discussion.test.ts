import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Amendment } from '@charter/shared';
import { currentDiscussion } from './discussion';
import { readLiveSession, startDiscussing } from './sessionMap';

const amendment = (id: string, status: Amendment['status']): Amendment => ({
  id,
  clauseId: 'c1',
  baseText: 'old',
  text: 'new',
  rationale: null,
  author: { id: 'p1', name: 'Amina' },
  status,
  stances: { support: 0, stand_aside: 0, concern: 0, object: 0, block: 0 },
  reasons: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  decision: null,
});

describe('the discussion of an amendment', () => {
  it('is the amendment while it is open, and ends once it is decided', () => {
    const doc = new Y.Doc();
    startDiscussing(doc, 'c1', 'a1');
    const now = readLiveSession(doc).nowDiscussing;
    expect(now).toMatchObject({ clauseId: 'c1', amendmentId: 'a1' });
    expect(currentDiscussion(now, [amendment('a1', 'open')])).toMatchObject({ amendment: { id: 'a1' }, ended: false });
    expect(currentDiscussion(now, [amendment('a1', 'accepted')])).toMatchObject({ amendment: { id: 'a1' }, ended: true });
    // Before the amendments arrive, the clause is what shows.
    expect(currentDiscussion(now, [])).toMatchObject({ clauseId: 'c1', amendment: null, ended: false });
  });

  it('keeps the timer for the same amendment and restarts it for the clause itself', async () => {
    const doc = new Y.Doc();
    startDiscussing(doc, 'c1', 'a1');
    const since = readLiveSession(doc).nowDiscussing?.since;
    await new Promise((resolve) => setTimeout(resolve, 5));
    startDiscussing(doc, 'c1', 'a1');
    expect(readLiveSession(doc).nowDiscussing?.since).toBe(since);
    startDiscussing(doc, 'c1');
    const clause = readLiveSession(doc).nowDiscussing;
    expect(clause?.amendmentId).toBeUndefined();
    expect(clause?.since).not.toBe(since);
  });
});
