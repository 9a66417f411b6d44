import { describe, expect, it } from 'vitest';
import { principles } from './principleCatalogue';
import { LANGUAGES, PRINCIPLE_IDS } from './principles';

describe('the principle catalogue', () => {
  it('words every principle id, in the published order, once', () => {
    expect(principles().map((p) => p.id)).toEqual([...PRINCIPLE_IDS]);
  });

  it('has a title and a summary in every language', () => {
    for (const lang of LANGUAGES) {
      for (const p of principles(lang)) {
        expect(p.title.trim(), `${p.id} ${lang}`).not.toBe('');
        expect(p.summary.trim(), `${p.id} ${lang}`).not.toBe('');
      }
    }
  });
});
