import { LANGUAGES, type Language } from '@charter/shared';
import { currentLanguage } from '../i18n';

/** The languages a draft can be translated into: all the app's but its own. */
export function otherLanguages(draftLanguage: Language): Language[] {
  return LANGUAGES.filter((lang) => lang !== draftLanguage);
}

/** The language to offer first: the one the person reads the app in, unless the draft is already in it. */
export function preferredTarget(draftLanguage: Language): Language {
  const mine = currentLanguage();
  return mine !== draftLanguage ? mine : otherLanguages(draftLanguage)[0]!;
}
