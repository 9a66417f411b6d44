import type { Draft, Language } from '@charter/shared';
import { useTranslation } from '../i18n';
import { TranslationState } from './TranslationState';
import { useTranslatedClauses } from './useTranslatedClauses';

interface Props {
  draft: Draft;
  token: string;
  lang: Language;
}

/**
 * The text read in another language, read-only and live: each current
 * translation in place of its clause; a missing or outdated one marked, and
 * the clause given in the original.
 */
export function TranslatedReading({ draft, token, lang }: Props) {
  const { t } = useTranslation();
  const clauses = useTranslatedClauses(draft.id, token, lang, draft.language);
  const language = t(`languages.${lang}`);
  if (clauses === null) return <p role="status">{t('loading')}</p>;
  return (
    <section className="translated-reading" aria-label={t('translations.translation', { language })}>
      <p className="notice">{t('translations.readingNotice', { language })}</p>
      {clauses.length === 0 ? (
        <p>{t('translations.empty')}</p>
      ) : (
        <ol className="reading-list">
          {clauses.map((clause) => {
            const status = clause.translation.status;
            const shown = status === 'current' && clause.translation.text !== null;
            return (
              <li key={clause.id} className={`reading-clause reading-${status}`} data-clause-id={clause.id}>
                {shown ? (
                  <p lang={lang} dir="auto" className={clause.block === 'heading' ? 'reading-heading' : undefined}>
                    {clause.translation.text}
                  </p>
                ) : (
                  <>
                    <p className="reading-mark">
                      <TranslationState status={status} /> <span className="hint">{t('translations.shownInOriginal')}</span>
                    </p>
                    <p lang={draft.language} dir="auto" className={clause.block === 'heading' ? 'reading-heading' : undefined}>
                      {clause.text || t('translations.emptyClause')}
                    </p>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
