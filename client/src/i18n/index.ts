import { useSyncExternalStore } from 'react';
import { isLanguage, type Language } from '@charter/shared';
import { readLocal, writeLocal } from '../localStore';
import { en, type Dictionary } from './en';

/** Each language named in itself, for the language control. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
};

const STORAGE_KEY = 'charter.language';

/** The first of the browser's languages that the app speaks; else English. */
export function browserLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const code = tag.slice(0, 2).toLowerCase();
    if (isLanguage(code)) return code;
  }
  return 'en';
}

/** The language chosen on this device, else the browser's. */
function initialLanguage(): Language {
  const stored = readLocal(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  if (typeof navigator === 'undefined') return 'en';
  const tags = navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];
  return browserLanguage(tags);
}

/**
 * English is in the app's bundle (every text falls back to it); Spanish and French
 * are chunks of their own, loaded when a person's language is one of them.
 */
const DICTIONARIES: Record<Exclude<Language, 'en'>, () => Promise<Dictionary>> = {
  es: () => import('./es').then((m) => m.es),
  fr: () => import('./fr').then((m) => m.fr),
};

type Vars = Record<string, string | number>;

/** Every dotted path to a text in the English dictionary: `t()` takes no other key. */
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type TranslationKey = KeysOf<Dictionary>;

/** Words for a key in the interface language, with `{name}` placeholders filled from `vars`. */
export type TFunction = (key: TranslationKey, vars?: Vars) => string;

const dictionaries: Partial<Record<Language, Dictionary>> = { en };
let language: Language = 'en';
const listeners = new Set<() => void>();

/** The text at a dotted key (`draft.editorLabel`), if the dictionary has one there. */
function lookup(dictionary: Dictionary | undefined, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function translate(lang: Language, key: TranslationKey, vars?: Vars): string {
  // Every text falls back to English; a key no dictionary has shows as itself.
  const text = lookup(dictionaries[lang], key) ?? lookup(en, key) ?? key;
  if (!vars) return text;
  // React escapes what it renders, so the values go in as they are.
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in vars ? String(vars[name]) : placeholder));
}

/** One translator per language, so that a component's `t` changes exactly when the language does. */
const translators = new Map<Language, TFunction>();
function translatorFor(lang: Language): TFunction {
  let t = translators.get(lang);
  if (!t) {
    t = (key, vars) => translate(lang, key, vars);
    translators.set(lang, t);
  }
  return t;
}

/** For code outside components (API errors, labels): words in the language of the moment. */
export const i18n = {
  t: ((key, vars) => translate(language, key, vars)) as TFunction,
};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The interface language, re-rendering the component when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
}

/** The words of the interface language, for a component. */
export function useTranslation(): { t: TFunction; language: Language } {
  const lang = useLanguage();
  return { t: translatorFor(lang), language: lang };
}

function showLanguage(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

function changeLanguage(lang: Language): void {
  if (lang === language) return;
  language = lang;
  showLanguage(lang);
  listeners.forEach((listener) => listener());
}

showLanguage(language);

/** The language the interface speaks now. */
export function currentLanguage(): Language {
  return language;
}

/**
 * The locale for dates and numbers: the browser's own variant of the interface
 * language when it has one (en-GB, es-MX, fr-CA), else the language itself.
 */
export function formatLocale(): string {
  const lang = currentLanguage();
  const tags = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  return tags.find((tag) => tag.slice(0, 2).toLowerCase() === lang && tag.length > 2) ?? lang;
}

/** Fetch `lang`'s dictionary once, if the bundle does not hold it. */
async function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'en' || dictionaries[lang]) return;
  dictionaries[lang] = await DICTIONARIES[lang]();
}

const firstLanguage = initialLanguage();

/**
 * Settled once the first language's dictionary is in (at once for English): the
 * app renders then, so it does not show English first. If it cannot be fetched,
 * the app speaks English.
 */
export const languageReady: Promise<void> = loadLanguage(firstLanguage).then(
  () => changeLanguage(firstLanguage),
  () => undefined,
);

/** Switch the interface to `lang` once its dictionary is in, and remember the choice on this device. */
export function setLanguage(lang: Language): void {
  writeLocal(STORAGE_KEY, lang);
  void loadLanguage(lang).then(
    () => changeLanguage(lang),
    () => undefined,
  );
}
