import { useEffect, useState } from 'react';
import { LANGUAGES } from '@charter/shared';
import { useTranslation } from '../i18n';
import { fetchTranslationCounts, type DraftTranslations } from './translationsApi';

/** On the draft list: per language, how many clauses are translated, out of date, missing. */
export function DraftTranslationCounts({ draftId, token }: { draftId: string; token: string }) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<DraftTranslations | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchTranslationCounts(draftId, token, controller.signal).then(setCounts, () => {
      // Aborted, or unreachable: the list reads well without the counts.
    });
    return () => controller.abort();
  }, [draftId, token]);

  if (!counts) return <span className="hint">{t('translations.countsLoading')}</span>;
  return (
    <ul className="translation-counts">
      {LANGUAGES.flatMap((lang) => {
        const tally = counts.languages[lang];
        return tally ? [<li key={lang}>{t('translations.counts', { language: t(`languages.${lang}`), ...tally })}</li>] : [];
      })}
    </ul>
  );
}
