import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '@charter/shared';
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

export const i18n = i18next.createInstance();

const firstLanguage = initialLanguage();

i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: firstLanguage,
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  // The dictionaries write placeholders `{name}`; React escapes what it renders.
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  react: { useSuspense: false },
  returnNull: false,
});

function showLanguage(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

showLanguage(i18n.language);
i18n.on('languageChanged', showLanguage);

/** The language the interface speaks now. */
export function currentLanguage(): Language {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lang) ? lang : 'en';
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
  if (lang === 'en' || i18n.hasResourceBundle(lang, 'translation')) return;
  i18n.addResourceBundle(lang, 'translation', await DICTIONARIES[lang]());
}

/**
 * Settled once the first language's dictionary is in (at once for English): the
 * app renders then, so it does not show English first. If it cannot be fetched,
 * the app speaks English.
 */
export const languageReady: Promise<void> = loadLanguage(firstLanguage).then(
  // Once more, so i18next counts the language as resolved now that it has texts.
  async () => {
    if (firstLanguage !== 'en') await i18n.changeLanguage(firstLanguage);
  },
  () => undefined,
);

/** Switch the interface to `lang` once its dictionary is in, and remember the choice on this device. */
export function setLanguage(lang: Language): void {
  writeLocal(STORAGE_KEY, lang);
  void loadLanguage(lang).then(
    () => i18n.changeLanguage(lang),
    () => undefined,
  );
}
