import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { browserLanguage } from './index';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a dictionary, as "section.key" → text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const english = leaves(en as unknown as Tree);

describe.each([
  ['es', es],
  ['fr', fr],
])('the %s dictionary', (_lang, dictionary) => {
  const translated = leaves(dictionary as unknown as Tree);

  it('has every English key, each with some text', () => {
    const missing = [...english.keys()].filter((key) => !translated.get(key)?.trim());
    expect(missing).toEqual([]);
  });

  it('has no key English does not have', () => {
    expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('keeps the placeholders of each English text', () => {
    const differ = [...english].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(translated.get(key) ?? '').join(),
    );
    expect(differ.map(([key]) => key)).toEqual([]);
  });
});

describe('the language of a new visitor', () => {
  it('is the first of the browser languages the app speaks', () => {
    expect(browserLanguage(['de-DE', 'fr-CA', 'es'])).toBe('fr');
    expect(browserLanguage(['es-MX'])).toBe('es');
    expect(browserLanguage(['EN-gb', 'fr'])).toBe('en');
  });

  it('is English when the browser asks for none of them', () => {
    expect(browserLanguage(['de', 'pt-BR'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });
});
