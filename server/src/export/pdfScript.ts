import { covers, isWinAnsi, type FontKey } from './pdfFonts.js';

const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;
const HANGUL = /\p{Script=Hangul}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
/** CJK punctuation and full-width forms: set in the text's CJK font. */
const CJK_COMMON = /[\u3000-\u303f\uff00-\uffef]/u;
/** Spaces, digits, punctuation and combining marks: they take the font of the text around them. */
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * The font of each UTF-16 unit of one paragraph, chosen by its script. A paragraph
 * the standard fonts can set whole stays in them (nothing embedded, as before);
 * otherwise its Latin, Greek and Cyrillic go to Noto Sans, so one word is never set
 * in two faces. Han characters follow the paragraph: Japanese beside kana, Korean
 * beside Hangul, Chinese otherwise.
 */
export function fontKeys(text: string): FontKey[] {
  const chars = [...text];
  const latin: FontKey = chars.every(isWinAnsi) ? 'standard' : 'latin';
  const cjk: FontKey = KANA.test(text) ? 'jp' : HANGUL.test(text) ? 'kr' : 'sc';
  const strong = chars.map((char): FontKey | null => {
    if (ARABIC.test(char)) return 'arabic';
    if (HEBREW.test(char)) return 'hebrew';
    if (HANGUL.test(char)) return 'kr';
    if (KANA.test(char)) return 'jp';
    if (HAN.test(char) || CJK_COMMON.test(char)) return cjk;
    if (NEUTRAL.test(char)) return null;
    return latin;
  });

  // A neutral character joins the run before it, else the one after, when that font has it.
  const nextStrong: Array<FontKey | null> = [];
  for (let i = chars.length - 1, next: FontKey | null = null; i >= 0; i--) {
    nextStrong[i] = next;
    next = strong[i] ?? next;
  }
  const keys: FontKey[] = [];
  let previous: FontKey | null = null;
  chars.forEach((char, i) => {
    let key = strong[i];
    if (key === null) {
      key = [previous, nextStrong[i], latin, 'latin' as const, 'arabic' as const].find((k): k is FontKey => k !== null && covers(k, char)) ?? latin;
    }
    previous = key;
    for (let unit = 0; unit < char.length; unit++) keys.push(key);
  });
  return keys;
}
