import type { Language } from '@charter/shared';
import { currentLanguage } from './i18n';

/**
 * The language of the principle catalogue, templates and exports: the one the
 * interface speaks now (chosen in the banner, else the browser's).
 */
export function userLanguage(): Language {
  return currentLanguage();
}
