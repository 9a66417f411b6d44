import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT, CLAUSE_ID_ATTR, writeAnnotation } from '@charter/shared';
import { buildReview, noteCounts } from './reviewModel';

function block(name: string, id: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(name);
  element.setAttribute(CLAUSE_ID_ATTR, id);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

describe('buildReview', () => {
  it('numbers clauses in order, marks headings, and threads each clause’s comments', () => {
    const body = new Y.Doc();
    body.getXmlFragment(BODY_FRAGMENT).push([block('heading', 'h1', 'Whereas'), block('paragraph', 'p1', 'Water is a right.')]);
    const notes = new Y.Doc();
    const base = { author: 'Ana', createdAt: '2025-01-01T10:00:00.000Z', clauseId: 'p1' };
    writeAnnotation(notes, { ...base, id: 'n1', type: 'need', needId: 'need1' });
    writeAnnotation(notes, { ...base, id: 'c1', type: 'comment', text: 'Which water?', resolved: false });
    writeAnnotation(notes, { ...base, id: 'c2', type: 'comment', text: 'Tap water.', parentId: 'c1', resolved: false, createdAt: '2025-01-01T11:00:00.000Z' });

    const clauses = buildReview(body, notes);

    expect(clauses.map((c) => [c.n, c.text, c.heading])).toEqual([
      [1, 'Whereas', true],
      [2, 'Water is a right.', false],
    ]);
    expect(clauses[1].needs).toEqual(['need1']);
    expect(clauses[1].threads).toHaveLength(1);
    expect(clauses[1].threads[0].root.text).toBe('Which water?');
    expect(clauses[1].threads[0].replies.map((r) => r.text)).toEqual(['Tap water.']);
    expect(clauses[0].threads).toEqual([]);
  });

  it('counts a clause’s notes for its folded line, replies included', () => {
    const body = new Y.Doc();
    body.getXmlFragment(BODY_FRAGMENT).push([block('paragraph', 'p1', 'Water is a right.')]);
    const notes = new Y.Doc();
    const base = { author: 'Ana', createdAt: '2025-01-01T10:00:00.000Z', clauseId: 'p1' };
    writeAnnotation(notes, { ...base, id: 'l1', type: 'principle', principleId: 'hrc.right-to-the-city' });
    writeAnnotation(notes, { ...base, id: 'c1', type: 'comment', text: 'Which water?', resolved: false });
    writeAnnotation(notes, { ...base, id: 'c2', type: 'comment', text: 'Tap water.', parentId: 'c1', resolved: false });
    writeAnnotation(notes, { ...base, id: 'c3', type: 'comment', text: 'Agreed.', resolved: false });

    expect(noteCounts(buildReview(body, notes)[0])).toEqual({ principles: 1, needs: 0, comments: 3 });
  });
});
