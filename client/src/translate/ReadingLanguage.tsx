import { useId } from 'react';
import type { Language } from '@charter/shared';
import { useTranslation } from '../i18n';
import { otherLanguages } from './languages';

interface Props {
  draftLanguage: Language;
  /** The language the text is read in; null for the original. */
  value: Language | null;
  onChange(lang: Language | null): void;
}

/** "Read in my language": the original, or one of the languages it is translated into. */
export function ReadingLanguage({ draftLanguage, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field reading-language">
      <label htmlFor={`${id}-read`}>{t('translations.readIn')}</label>
      <select id={`${id}-read`} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as Language))}>
        <option value="">{t('translations.readOriginal', { language: t(`languages.${draftLanguage}`) })}</option>
        {otherLanguages(draftLanguage).map((lang) => (
          <option key={lang} value={lang}>
            {t(`languages.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
