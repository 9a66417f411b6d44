import { describe, expect, it } from 'vitest';
import { Announcer, listOf, sentenceText, type Sentence } from './announcements';

const numbers = new Map([
  ['c1', 1],
  ['c2', 2],
  ['c3', 3],
  ['c5', 5],
]);
const numberOf = (id: string) => numbers.get(id) ?? null;

const templates: Record<Sentence['key'], string> = {
  editedOne: '{names} edited clause {n}',
  editedMany: '{names} edited clauses {clauses}',
  editedText: '{names} edited the text',
  commentedOne: '{names} commented on clause {n}',
  commentedMany: '{names} commented on clauses {clauses}',
  commentedText: '{names} added a comment',
  joined: '{names} joined',
  left: '{names} left',
};
const say = (sentences: Sentence[], lang = 'en') => sentences.map((s) => sentenceText(s, templates[s.key], lang));

describe('Announcer', () => {
  it('says a burst of keystrokes in one clause once, after the typist pauses', () => {
    const announcer = new Announcer();
    for (let t = 0; t < 1000; t += 100) announcer.edited('Ana', 'c3', t);
    // Quiet 1.5 s after the last keystroke, within 3 s of the first.
    expect(announcer.due()).toBe(900 + 1500);
    expect(say(announcer.flush(2400, numberOf))).toEqual(['Ana edited clause 3']);
    expect(announcer.due()).toBeNull();
  });

  it('waits at most 3 s for someone who keeps typing, then stays quiet about the same clause', () => {
    const announcer = new Announcer();
    for (let t = 0; t <= 2900; t += 100) announcer.edited('Ana', 'c3', t);
    expect(announcer.due()).toBe(3000);
    expect(say(announcer.flush(3000, numberOf))).toEqual(['Ana edited clause 3']);
    // She goes on typing in clause 3: nothing new to say.
    for (let t = 3100; t <= 9000; t += 100) announcer.edited('Ana', 'c3', t);
    expect(announcer.due()).toBe(6100);
    expect(announcer.flush(6100, numberOf)).toEqual([]);
  });

  it('summarises several people and clauses in one sentence', () => {
    const announcer = new Announcer();
    announcer.edited('Ana', 'c5', 0);
    announcer.edited('Bruno', 'c2', 200);
    announcer.edited('Ana', 'c2', 400);
    expect(say(announcer.flush(3000, numberOf))).toEqual(['Ana and Bruno edited clauses 2 and 5']);
  });

  it('keeps announcements at least 3 s apart', () => {
    const announcer = new Announcer();
    announcer.edited('Ana', 'c1', 0);
    expect(say(announcer.flush(1500, numberOf))).toEqual(['Ana edited clause 1']);
    announcer.edited('Bruno', 'c2', 1600);
    // Quiet would be 3100, but the last announcement was at 1500.
    expect(announcer.due()).toBe(4500);
  });

  it('says a clause again once the person has left it alone for 30 s', () => {
    const announcer = new Announcer();
    announcer.edited('Ana', 'c3', 0);
    announcer.flush(1500, numberOf);
    announcer.edited('Ana', 'c3', 40_000);
    expect(say(announcer.flush(41_500, numberOf))).toEqual(['Ana edited clause 3']);
  });

  it('names a clause by its place now, and speaks of the text when the clause is gone', () => {
    const announcer = new Announcer();
    announcer.edited('Someone', 'gone', 0);
    expect(say(announcer.flush(1500, numberOf))).toEqual(['Someone edited the text']);
  });

  it('says new comments after the edits of the same moment, and every new comment, even on the same clause', () => {
    const announcer = new Announcer();
    announcer.edited('Ana', 'c3', 0);
    announcer.commented('Bruno', 'c2', 300);
    expect(announcer.due()).toBe(1800);
    expect(say(announcer.flush(1800, numberOf))).toEqual(['Ana edited clause 3', 'Bruno commented on clause 2']);
    announcer.commented('Bruno', 'c2', 5000);
    expect(say(announcer.flush(6500, numberOf))).toEqual(['Bruno commented on clause 2']);
  });

  it('summarises comments by several people on several clauses, and one on a clause that is gone', () => {
    const announcer = new Announcer();
    announcer.commented('Ana', 'c5', 0);
    announcer.commented('Bruno', 'c2', 100);
    expect(say(announcer.flush(1600, numberOf))).toEqual(['Ana and Bruno commented on clauses 2 and 5']);
    announcer.commented('Chen', 'gone', 10_000);
    expect(say(announcer.flush(11_500, numberOf))).toEqual(['Chen added a comment']);
  });

  it('says who joined and who left, and nothing for a reload within one batch', () => {
    const announcer = new Announcer();
    announcer.joined('Ana', 0);
    announcer.joined('Bruno', 100);
    announcer.left('Chen', 200);
    expect(say(announcer.flush(1700, numberOf))).toEqual(['Ana and Bruno joined', 'Chen left']);
    announcer.left('Ana', 10_000);
    announcer.joined('Ana', 10_500);
    expect(announcer.flush(12_000, numberOf)).toEqual([]);
  });
});

describe('listOf', () => {
  it('joins names and numbers as each language does', () => {
    expect(listOf(['Ana'], 'en')).toBe('Ana');
    expect(listOf(['Ana', 'Bruno', 'Chen'], 'en')).toBe('Ana, Bruno and Chen');
    expect(listOf(['Ana', 'Bruno'], 'es')).toBe('Ana y Bruno');
    expect(listOf([2, 5], 'fr')).toBe('2 et 5');
  });
});
