import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ANNOTATIONS_MAP } from './annotations.js';
import { blockText, buildClauseList, newAnnotation, readAnnotations, walkClauses, writeAnnotation } from './clauseList.js';

function element(name: string, children: Array<Y.XmlElement | Y.XmlText>, clauseId?: string): Y.XmlElement {
  const node = new Y.XmlElement(name);
  if (clauseId) node.setAttribute('clauseId', clauseId);
  node.insert(0, children);
  return node;
}

describe('the clause list', () => {
  it('reads a block as plain text, list items one per line, without formatting', () => {
    const doc = new Y.Doc();
    const bold = new Y.XmlText();
    const list = element('bulletList', [
      element('listItem', [element('paragraph', [new Y.XmlText('Housing')])]),
      element('listItem', [element('paragraph', [bold])]),
    ]);
    doc.getXmlFragment('body').push([list]);
    bold.insert(0, 'Water', { bold: true });
    expect(blockText(list)).toBe('Housing\nWater');
  });

  it('counts links and comments per clause, and skips malformed records', () => {
    const body = new Y.Doc();
    body.getXmlFragment('body').push([element('paragraph', [new Y.XmlText('One')], 'c1'), element('paragraph', [new Y.XmlText('Two')], 'c2')]);
    const notes = new Y.Doc();
    const at = '2026-11-01T10:00:00.000Z';
    writeAnnotation(notes, { id: 'p1', type: 'principle', clauseId: 'c2', principleId: 'jemez.be-inclusive', author: 'Ana', createdAt: at });
    writeAnnotation(notes, { id: 'n1', type: 'need', clauseId: 'c2', needId: 'need1', author: 'Ana', createdAt: at });
    writeAnnotation(notes, { id: 'm1', type: 'comment', clauseId: 'c2', text: 'Why?', author: 'Bo', createdAt: at, resolved: false });
    const junk = new Y.Map<unknown>();
    notes.getMap(ANNOTATIONS_MAP).set('junk', junk);
    junk.set('type', 'principle');
    junk.set('principleId', 'not.a.principle');
    expect(readAnnotations(notes).map((a) => a.id)).toEqual(['m1', 'n1', 'p1']);
    expect(buildClauseList(body, notes)).toEqual([
      { id: 'c1', text: 'One', principles: [], needs: [], comments: 0 },
      { id: 'c2', text: 'Two', principles: ['jemez.be-inclusive'], needs: ['need1'], comments: 1 },
    ]);
  });

  it('gives each clause its number, block, links and threads, and keeps a reply whose first comment is gone', () => {
    const body = new Y.Doc();
    body.getXmlFragment('body').push([element('heading', [new Y.XmlText('Title')], 'h1'), element('paragraph', [new Y.XmlText('Two')], 'c2')]);
    const notes = new Y.Doc();
    const comment = (id: string, minute: number, parentId?: string) =>
      writeAnnotation(notes, {
        id,
        type: 'comment',
        clauseId: 'c2',
        text: id,
        author: null,
        createdAt: `2026-11-01T10:0${minute}:00.000Z`,
        resolved: false,
        ...(parentId ? { parentId } : {}),
      });
    comment('open', 1);
    comment('reply', 2, 'open');
    comment('orphan', 3, 'deleted');
    const [heading, clause] = walkClauses(body, notes);
    expect(heading).toMatchObject({ id: 'h1', n: 1, block: 'heading', threads: [] });
    expect(clause.n).toBe(2);
    expect(clause.threads.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ['open', ['reply']],
      ['orphan', []],
    ]);
    expect(buildClauseList(body, notes)[1].comments).toBe(3);
  });

  it('builds a record with a new id and the given author, never an official answer that is not a reply', () => {
    const author = { id: 'rosa', name: 'Rosa' };
    const answer = newAnnotation({ type: 'comment', clauseId: 'c1', text: 'Yes', parentId: 'm1', official: true }, author);
    expect(answer).toMatchObject({ type: 'comment', clauseId: 'c1', text: 'Yes', parentId: 'm1', official: true, resolved: false, author });
    const opening = newAnnotation({ type: 'comment', clauseId: 'c1', text: 'Why?', official: true }, null);
    expect(opening).not.toHaveProperty('official');
    expect(opening).not.toHaveProperty('parentId');
    expect(newAnnotation({ type: 'need', clauseId: 'c1', needId: 'n1' }, null)).toMatchObject({ type: 'need', needId: 'n1', author: null });
    expect(answer.id).not.toBe(opening.id);
  });
});
