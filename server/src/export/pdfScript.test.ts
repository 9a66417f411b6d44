import { describe, expect, it } from 'vitest';
import { fontKeys } from './pdfScript.js';

/** The font of each character, as runs: "key:text". */
function runs(text: string): string[] {
  const keys = fontKeys(text);
  const out: string[] = [];
  [...text].reduce((unit, char) => {
    const key = keys[unit];
    const last = out[out.length - 1];
    if (last?.startsWith(`${key}:`)) out[out.length - 1] = last + char;
    else out.push(`${key}:${char}`);
    return unit + char.length;
  }, 0);
  return out;
}

describe('the font of each script', () => {
  it('keeps text the standard fonts can set in them, and moves a whole paragraph with other Latin to Noto Sans', () => {
    expect(runs('Ça va, señor?')).toEqual(['standard:Ça va, señor?']);
    expect(runs('Thành phố')).toEqual(['latin:Thành phố']);
    expect(runs('Город 2026')).toEqual(['latin:Город 2026']);
  });

  it('sets Arabic and Hebrew in their fonts, digits and brackets the Arabic font lacks in Noto Sans', () => {
    expect(runs('حقوق الإنسان (2026)')).toEqual(['arabic:حقوق الإنسان ', 'latin:(2026)']);
    expect(runs('העיר 1')).toEqual(['hebrew:העיר ', 'latin:1']);
  });

  it('reads Han characters as Japanese beside kana, Korean beside Hangul, Chinese otherwise', () => {
    expect(runs('本市承诺。')).toEqual(['sc:本市承诺。']);
    expect(runs('市はすべて')).toEqual(['jp:市はすべて']);
    expect(runs('市民 권리')).toEqual(['kr:市民 권리']);
  });
});
