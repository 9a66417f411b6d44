import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT, CLAUSE_ID_ATTR } from '@charter/shared';
import { clauseEdits, type ClauseEdit } from './remoteEdits';

function paragraph(id: string | null, text: string): Y.XmlElement {
  const block = new Y.XmlElement('paragraph');
  if (id) block.setAttribute(CLAUSE_ID_ATTR, id);
  block.insert(0, [new Y.XmlText(text)]);
  return block;
}

/** Ana's document and Bruno's copy of it; returns what Bruno's copy sees of each change of Ana's. */
function pair() {
  const ana = new Y.Doc();
  const bruno = new Y.Doc();
  // As the editor does: the body is an XML fragment before anything arrives.
  const brunoBody = bruno.getXmlFragment(BODY_FRAGMENT);
  ana.getXmlFragment(BODY_FRAGMENT).insert(0, [paragraph('c1', 'Riverside is a Human Rights City.'), paragraph('c2', 'Water.')]);
  Y.applyUpdate(bruno, Y.encodeStateAsUpdate(ana));
  const seen = (change: (body: Y.XmlFragment) => void): ClauseEdit[] => {
    const before = Y.encodeStateVector(bruno);
    change(ana.getXmlFragment(BODY_FRAGMENT));
    let edits: ClauseEdit[] = [];
    const listen = (transaction: Y.Transaction) => {
      edits = clauseEdits(transaction, brunoBody);
    };
    bruno.on('afterTransaction', listen);
    Y.applyUpdate(bruno, Y.encodeStateAsUpdate(ana, before), 'remote');
    bruno.off('afterTransaction', listen);
    return edits;
  };
  return { ana, seen };
}

const text = (body: Y.XmlFragment, n: number) => (body.get(n) as Y.XmlElement).get(0) as Y.XmlText;

describe('clauseEdits', () => {
  it('names the clause typed in and the client who typed', () => {
    const { ana, seen } = pair();
    expect(seen((body) => text(body, 1).insert(6, ' for all'))).toEqual([{ client: ana.clientID, clauseId: 'c2' }]);
  });

  it('gives a deletion its clause but no writer', () => {
    const { seen } = pair();
    expect(seen((body) => text(body, 0).delete(0, 10))).toEqual([{ client: null, clauseId: 'c1' }]);
  });

  it('counts a new block as an edit of that clause, its id included', () => {
    const { ana, seen } = pair();
    expect(seen((body) => body.insert(2, [paragraph('c3', 'Buses run all night.')]))).toEqual([
      { client: ana.clientID, clauseId: 'c3' },
    ]);
  });

  it('ignores a clause id given to a block', () => {
    const { seen } = pair();
    expect(seen((body) => (body.get(1) as Y.XmlElement).setAttribute(CLAUSE_ID_ATTR, 'c9'))).toEqual([]);
  });

  it('ignores changes outside the body', () => {
    const { seen } = pair();
    expect(seen((_body) => undefined)).toEqual([]);
  });
});
