import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readAnnotations } from '@charter/shared';
import { addComment, linkIds, linkPrinciple, removeAnnotations, setResolved } from './notesActions';
import { threadsOf } from './threads';

describe('notes actions', () => {
  it('links and unlinks a principle, every duplicate at once', () => {
    const notes = new Y.Doc();
    linkPrinciple(notes, 'c1', 'hrc.education', { id: 'amina', name: 'Amina' });
    linkPrinciple(notes, 'c1', 'hrc.education', { id: 'bruno', name: 'Bruno' });
    linkPrinciple(notes, 'c2', 'hrc.education', { id: 'amina', name: 'Amina' });
    const ids = linkIds(readAnnotations(notes), 'c1', 'principle', 'hrc.education');
    expect(ids).toHaveLength(2);
    removeAnnotations(notes, ids);
    expect(readAnnotations(notes).map((a) => a.clauseId)).toEqual(['c2']);
  });

  it('threads replies under their first comment and resolves on it', () => {
    const notes = new Y.Doc();
    addComment(notes, 'c1', 'Name the rent cap?', { id: 'amina', name: 'Amina' });
    const [root] = readAnnotations(notes);
    addComment(notes, 'c1', 'Yes: 30%.', { id: 'rosa', name: 'Rosa' }, root.id);
    addComment(notes, 'c1', 'Orphan reply', { id: 'rosa', name: 'Rosa' }, 'gone');
    setResolved(notes, root.id, true);
    const threads = threadsOf(readAnnotations(notes), 'c1');
    expect(threads).toHaveLength(2);
    const first = threads.find((t) => t.root.id === root.id)!;
    expect(first.root.resolved).toBe(true);
    expect(first.replies.map((r) => r.text)).toEqual(['Yes: 30%.']);
    expect(threadsOf(readAnnotations(notes), 'c2')).toEqual([]);
  });
});
