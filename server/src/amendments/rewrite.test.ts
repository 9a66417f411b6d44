import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT, CLAUSE_ID_ATTR, readClauseTexts } from '@charter/shared';
import { findClauseBlock, replaceClauseText } from './rewrite.js';

function element(name: string, children: Array<Y.XmlElement | Y.XmlText>, attributes: Record<string, string> = {}): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.insert(0, children);
  return node;
}

function draft(): Y.Doc {
  const doc = new Y.Doc();
  doc.getXmlFragment(BODY_FRAGMENT).insert(0, [
    element('heading', [new Y.XmlText('Housing')], { [CLAUSE_ID_ATTR]: 'h1', level: '2' }),
    element('paragraph', [new Y.XmlText('Everyone has a home.')], { [CLAUSE_ID_ATTR]: 'p1' }),
    element(
      'bulletList',
      [element('listItem', [element('paragraph', [new Y.XmlText('one')])]), element('listItem', [element('paragraph', [new Y.XmlText('two')])])],
      { [CLAUSE_ID_ATTR]: 'l1' },
    ),
  ]);
  return doc;
}

describe('replaceClauseText', () => {
  it('gives a paragraph new words under the same clause id, the other clauses untouched', () => {
    const doc = draft();
    doc.transact(() => replaceClauseText(findClauseBlock(doc, 'p1')!, 'Everyone has a safe home.'));
    expect(readClauseTexts(doc)).toEqual([
      { id: 'h1', text: 'Housing', block: 'heading', level: 2 },
      { id: 'p1', text: 'Everyone has a safe home.', block: 'paragraph' },
      { id: 'l1', text: 'one\ntwo', block: 'bulletList' },
    ]);
  });

  it('writes a list one item per line, each shaped like the first', () => {
    const doc = draft();
    doc.transact(() => replaceClauseText(findClauseBlock(doc, 'l1')!, 'first\nsecond\nthird'));
    const list = findClauseBlock(doc, 'l1')!;
    expect(list.length).toBe(3);
    expect(list.toArray().map((item) => (item as Y.XmlElement).nodeName)).toEqual(['listItem', 'listItem', 'listItem']);
    expect(readClauseTexts(doc)[2]).toEqual({ id: 'l1', text: 'first\nsecond\nthird', block: 'bulletList' });
  });

  it('finds no block for a clause that is not there', () => {
    expect(findClauseBlock(draft(), 'gone')).toBeNull();
  });
});
