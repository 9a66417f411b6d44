import { useId, useState } from 'react';
import { Link } from 'wouter';
import { canWriteBody, type Draft, type Language, type Session } from '@charter/shared';
import { useTranslation } from '../i18n';
import { otherLanguages, preferredTarget } from './languages';
import { TranslationRow } from './TranslationRow';
import { useTranslatedClauses } from './useTranslatedClauses';

interface Props {
  token: string;
  draft: Draft;
  session: Session;
}

/** The translator's view: a language to translate into, then every clause beside its translation. */
export function TranslationsView({ token, draft, session }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [lang, setLang] = useState<Language>(() => preferredTarget(draft.language));
  const clauses = useTranslatedClauses(draft.id, token, lang, draft.language);
  const canWrite = canWriteBody(session.role);

  return (
    <article className="translations" aria-labelledby="translations-title">
      <nav className="breadcrumb review-nav">
        <Link to={`/join/${encodeURIComponent(token)}`}>{t('draft.backTo', { name: session.initiative.name })}</Link>
        <Link to={`/drafts/${encodeURIComponent(draft.id)}`}>{t('review.openEditor')}</Link>
      </nav>
      <h1 id="translations-title" tabIndex={-1}>
        {t('translations.heading')}: {draft.title}
      </h1>
      <p className="draft-meta">{t('translations.writtenIn', { language: t(`languages.${draft.language}`) })}</p>
      <p className="lead">{t('translations.intro')}</p>
      {!canWrite && <p className="notice">{t('translations.readOnly')}</p>}
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('translations.into')}</label>
        <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value as Language)}>
          {otherLanguages(draft.language).map((option) => (
            <option key={option} value={option}>
              {t(`languages.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {clauses === null ? (
        <p role="status">{t('loading')}</p>
      ) : clauses.length === 0 ? (
        <p>{t('translations.empty')}</p>
      ) : (
        <ol className="translation-list" aria-label={t('translations.translation', { language: t(`languages.${lang}`) })}>
          {clauses.map((clause, index) => (
            <TranslationRow
              key={`${lang}:${clause.id}`}
              draftId={draft.id}
              token={token}
              clause={clause}
              n={index + 1}
              lang={lang}
              draftLanguage={draft.language}
              canWrite={canWrite}
            />
          ))}
        </ol>
      )}
    </article>
  );
}
