import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLAUSE_ID_ATTR, ensureClauseIds } from './clauses.js';

function bodyWith(ids: Array<string | null>): Y.XmlFragment {
  const doc = new Y.Doc();
  const body = doc.getXmlFragment('body');
  body.push(
    ids.map((id) => {
      const block = new Y.XmlElement('paragraph');
      if (id !== null) block.setAttribute(CLAUSE_ID_ATTR, id);
      return block;
    }),
  );
  return body;
}

const ids = (body: Y.XmlFragment) => body.toArray().map((block) => (block as Y.XmlElement).getAttribute(CLAUSE_ID_ATTR));

describe('ensureClauseIds', () => {
  it('names blocks without an id and leaves named ones alone', () => {
    const body = bodyWith(['a', null, 'b', null]);
    expect(ensureClauseIds(body)).toBe(2);
    const after = ids(body);
    expect(after[0]).toBe('a');
    expect(after[2]).toBe('b');
    expect(new Set(after).size).toBe(4);
    expect([after[1], after[3]].every((id) => typeof id === 'string' && id.length === 12)).toBe(true);
  });

  it('keeps a repeated id on the first block and renames the later ones', () => {
    const body = bodyWith(['a', 'a', 'b', 'a']);
    expect(ensureClauseIds(body)).toBe(2);
    const after = ids(body);
    expect(after[0]).toBe('a');
    expect(after[2]).toBe('b');
    expect(new Set(after).size).toBe(4);
  });

  it('changes nothing when every id is unique', () => {
    const body = bodyWith(['a', 'b', 'c']);
    expect(ensureClauseIds(body)).toBe(0);
    expect(ids(body)).toEqual(['a', 'b', 'c']);
  });
});
