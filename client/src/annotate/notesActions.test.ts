import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { authorName, readAnnotations, threadsOf } from '@charter/shared';
import { addComment, linkIds, linkPrinciple, othersOnly, removeAnnotations, setResolved } from './notesActions';
import { isMine } from './ownership';

describe('notes actions', () => {
  it('links and unlinks a principle, every duplicate at once', () => {
    const notes = new Y.Doc();
    linkPrinciple(notes, 'c1', 'hrc.education', { id: 'amina', name: 'Amina' });
    linkPrinciple(notes, 'c1', 'hrc.education', { id: 'bruno', name: 'Bruno' });
    linkPrinciple(notes, 'c2', 'hrc.education', { id: 'amina', name: 'Amina' });
    linkPrinciple(notes, 'c1', 'hrc.education', { id: 'amina', name: 'Amina' });
    // Amina may unlink her own links only: Bruno's stays.
    const ids = linkIds(readAnnotations(notes), 'c1', 'principle', 'hrc.education', { id: 'amina', name: 'Amina' });
    expect(ids).toHaveLength(2);
    removeAnnotations(notes, ids);
    const left = readAnnotations(notes);
    expect(left.map((a) => [a.clauseId, authorName(a.author)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['c1', 'Bruno'],
      ['c2', 'Amina'],
    ]);
    // Now she has no link of her own on c1: the link is Bruno's to remove.
    expect(othersOnly(left, 'c1', 'principle', { id: 'amina', name: 'Amina' })).toEqual(
      new Map([['hrc.education', [{ id: 'bruno', name: 'Bruno' }]]]),
    );
    expect(othersOnly(left, 'c1', 'principle', { id: 'bruno', name: 'Bruno' }).size).toBe(0);
  });

  it('lets an anonymous sender change anonymous records only', () => {
    expect(isMine({ author: null }, null)).toBe(true);
    expect(isMine({ author: 'Old name' }, null)).toBe(true);
    expect(isMine({ author: { id: 'amina', name: 'Amina' } }, null)).toBe(false);
    expect(isMine({ author: null }, { id: 'amina', name: 'Amina' })).toBe(false);
    expect(isMine({ author: { id: 'amina', name: 'Amina A.' } }, { id: 'amina', name: 'Amina' })).toBe(true);
  });

  it('keeps a stance, and an official answer only on a reply', () => {
    const notes = new Y.Doc();
    const rosa = { id: 'rosa', name: 'Rosa' };
    addComment(notes, 'c1', 'Yes to this.', { id: 'amina', name: 'Amina' }, { stance: 'for' });
    const [root] = readAnnotations(notes);
    addComment(notes, 'c1', 'The council agrees.', rosa, { parentId: root.id, official: true });
    addComment(notes, 'c1', 'Not a reply.', rosa, { official: true });
    const comments = readAnnotations(notes).filter((a) => a.type === 'comment');
    const byText = comments.map((c) => [c.text, c.stance, c.official]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byText).toEqual([
      ['Not a reply.', undefined, undefined],
      ['The council agrees.', undefined, true],
      ['Yes to this.', 'for', undefined],
    ]);
  });

  it('threads replies under their first comment and resolves on it', () => {
    const notes = new Y.Doc();
    addComment(notes, 'c1', 'Name the rent cap?', { id: 'amina', name: 'Amina' });
    const [root] = readAnnotations(notes);
    addComment(notes, 'c1', 'Yes: 30%.', { id: 'rosa', name: 'Rosa' }, { parentId: root.id });
    addComment(notes, 'c1', 'Orphan reply', { id: 'rosa', name: 'Rosa' }, { parentId: 'gone' });
    setResolved(notes, root.id, true);
    const threads = threadsOf(readAnnotations(notes), 'c1');
    expect(threads).toHaveLength(2);
    const first = threads.find((t) => t.root.id === root.id)!;
    expect(first.root.resolved).toBe(true);
    expect(first.replies.map((r) => r.text)).toEqual(['Yes: 30%.']);
    expect(threadsOf(readAnnotations(notes), 'c2')).toEqual([]);
  });
});
