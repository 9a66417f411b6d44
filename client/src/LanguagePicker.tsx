import { useId } from 'react';
import { useTranslation } from './i18n';
import { LANGUAGES, isLanguage } from '@charter/shared';
import { LANGUAGE_NAMES, currentLanguage, setLanguage } from './i18n';

/** The interface language, on every page: each language named in itself. */
export function LanguagePicker() {
  // useTranslation renders this again after each change of language.
  const { t } = useTranslation();
  const id = useId();
  const value = currentLanguage();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
