import { isLanguage, type Language } from '@charter/shared';

/** The catalogue language for this reader: the browser's, when we ship it; else English. */
export function userLanguage(): Language {
  const tag = (navigator.language ?? '').slice(0, 2).toLowerCase();
  return isLanguage(tag) ? tag : 'en';
}
