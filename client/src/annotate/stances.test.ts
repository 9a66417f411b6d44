import { describe, expect, it } from 'vitest';
import type { Annotation, Comment } from '@charter/shared';
import { stanceCounts, stanceList } from './stances';
import { splitOfficial } from '@charter/shared';

const at = '2026-01-01T00:00:00.000Z';
function comment(id: string, clauseId: string, extra: Partial<Comment> = {}): Comment {
  return { id, type: 'comment', clauseId, text: id, author: null, createdAt: at, resolved: false, ...extra };
}

describe('stances', () => {
  it('counts each clause’s stances, and ignores comments without one and links', () => {
    const annotations: Annotation[] = [
      comment('a', 'c1', { stance: 'for' }),
      comment('b', 'c1', { stance: 'for' }),
      comment('c', 'c1', { stance: 'question' }),
      comment('d', 'c1'),
      comment('e', 'c2', { stance: 'against', parentId: 'x' }),
      { id: 'p', type: 'principle', clauseId: 'c3', principleId: 'hrc.education', author: null, createdAt: at },
    ];
    const counts = stanceCounts(annotations);
    expect(counts.get('c1')).toEqual({ for: 2, question: 1 });
    expect(counts.get('c2')).toEqual({ against: 1 });
    expect(counts.has('c3')).toBe(false);
    // Always in the same order, whatever order the comments came in.
    expect(stanceList(counts.get('c1'))).toEqual([
      { stance: 'for', n: 2 },
      { stance: 'question', n: 1 },
    ]);
    expect(stanceList(undefined)).toEqual([]);
  });

  it('puts a thread’s official answers apart from its other replies', () => {
    const root = comment('root', 'c1');
    const plain = comment('r1', 'c1', { parentId: 'root' });
    const answer = comment('r2', 'c1', { parentId: 'root', official: true });
    expect(splitOfficial({ root, replies: [plain, answer] })).toEqual({ official: [answer], others: [plain] });
  });
});
