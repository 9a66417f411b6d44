import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ANNOTATIONS_MAP, writeAnnotation, type Author } from '@charter/shared';
import { NotesGuard } from './notesGuard.js';

const amina: Author = { id: 'amina', name: 'Amina' };
const rosa: Author = { id: 'rosa', name: 'Rosa' };

/** The room's notes with one comment of Amina's and one anonymous link, a client's copy, and a guard. */
function setup() {
  const room = new Y.Doc();
  const at = new Date().toISOString();
  writeAnnotation(room, { id: 'c1', type: 'comment', clauseId: 'k1', text: 'Keep the cap.', author: amina, createdAt: at, resolved: false });
  writeAnnotation(room, { id: 'p1', type: 'principle', clauseId: 'k1', principleId: 'hrc.education', author: null, createdAt: at });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  const guard = new NotesGuard(room);
  /** What the client's next change sends (each from a fresh copy, so one refusal does not hold up the next). */
  const change = (write: (map: Y.Map<Y.Map<unknown>>, doc: Y.Doc) => void) => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(room));
    const before = Y.encodeStateVector(copy);
    copy.transact(() => write(copy.getMap(ANNOTATIONS_MAP), copy));
    return Y.encodeStateAsUpdate(copy, before);
  };
  return { room, client, guard, change };
}

function comment(author: Author | null): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  for (const [key, value] of Object.entries({ type: 'comment', clauseId: 'k1', text: 'Mine', author, createdAt: new Date().toISOString(), resolved: false })) {
    record.set(key, value);
  }
  return record;
}

describe('notes guard', () => {
  it("refuses changing, deleting, re-signing or replacing another person's record", () => {
    const { guard, change } = setup();
    expect(guard.admits(change((m) => m.get('c1')!.set('text', 'Scrap it.')), rosa)).toBe(false);
    expect(guard.admits(change((m) => m.get('c1')!.set('author', rosa)), rosa)).toBe(false);
    expect(guard.admits(change((m) => m.get('c1')!.delete('text')), rosa)).toBe(false);
    expect(guard.admits(change((m) => m.delete('c1')), rosa)).toBe(false);
    expect(guard.admits(change((m) => m.set('c1', comment(rosa))), rosa)).toBe(false);
    // Anonymous work is not a person's to undo, and a person's is not anonymous work's.
    expect(guard.admits(change((m) => m.delete('p1')), rosa)).toBe(false);
    expect(guard.admits(change((m) => m.delete('c1')), null)).toBe(false);
  });

  it('refuses a record made under another name, or under a name from an invite token', () => {
    const { guard, change } = setup();
    expect(guard.admits(change((m) => m.set('n1', comment(amina))), rosa)).toBe(false);
    expect(guard.admits(change((m) => m.set('n1', comment({ id: 'rosa', name: 'The Mayor' }))), rosa)).toBe(false);
    expect(guard.admits(change((m) => m.set('n1', comment(amina))), null)).toBe(false);
  });

  it("admits one's own records and changes, anonymous work by anonymous senders, and resolving by anyone", () => {
    const { guard, change, room } = setup();
    const admitted = [
      [change((m) => m.get('c1')!.set('resolved', true)), rosa],
      [change((m) => m.get('c1')!.set('text', 'Keep it, at 30%.')), amina],
      [change((m) => m.set('n1', comment(rosa))), rosa],
      [change((m) => m.set('n2', comment(null))), null],
      [change((m) => m.delete('p1')), null],
      [change((m) => m.delete('c1')), amina],
    ] as const;
    for (const [update, author] of admitted) {
      expect(guard.admits(update, author)).toBe(true);
      Y.applyUpdate(room, update);
    }
    expect([...room.getMap(ANNOTATIONS_MAP).keys()].sort()).toEqual(['n1', 'n2']);
  });

  it('stays in step after a refusal', () => {
    const { guard, change, room } = setup();
    expect(guard.admits(change((m) => m.delete('c1')), rosa)).toBe(false);
    const resolve = change((m) => m.get('c1')!.set('resolved', true));
    expect(guard.admits(resolve, rosa)).toBe(true);
    Y.applyUpdate(room, resolve);
    expect(guard.admits(change((m) => m.get('c1')!.set('text', 'x')), rosa)).toBe(false);
  });

  it('checks against what the room holds when its first client update comes, whatever the server wrote before', () => {
    const { room, guard, change } = setup();
    // Written by the server (an amendment's comment, another instance) before any client sends a thing.
    const before = Y.encodeStateVector(room);
    writeAnnotation(room, { id: 'c2', type: 'comment', clauseId: 'k1', text: 'Second.', author: amina, createdAt: new Date().toISOString(), resolved: false });
    guard.follow(Y.encodeStateAsUpdate(room, before));
    expect(guard.admits(change((m) => m.get('c2')!.set('text', 'Changed by Rosa')), rosa)).toBe(false);
    const own = change((m) => m.get('c2')!.set('text', 'Changed by Amina'));
    expect(guard.admits(own, amina)).toBe(true);
    Y.applyUpdate(room, own);
    // And after the first copy, the guard keeps following the server's changes.
    const later = Y.encodeStateVector(room);
    writeAnnotation(room, { id: 'c3', type: 'comment', clauseId: 'k1', text: 'Third.', author: amina, createdAt: new Date().toISOString(), resolved: false });
    guard.follow(Y.encodeStateAsUpdate(room, later));
    expect(guard.admits(change((m) => m.delete('c3')), rosa)).toBe(false);
    expect(guard.admits(change((m) => m.delete('c3')), amina)).toBe(true);
  });
});
