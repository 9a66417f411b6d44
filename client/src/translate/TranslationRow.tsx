import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Language, TranslatedClause } from '@charter/shared';
import { errorMessage } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useTranslation } from '../i18n';
import { TranslationState } from './TranslationState';
import { saveTranslation } from './translationsApi';
import { WordDiff } from '../ui/WordDiff';

interface Props {
  draftId: string;
  token: string;
  clause: TranslatedClause;
  n: number;
  lang: Language;
  draftLanguage: Language;
  /** May this person write translations (facilitator, editor)? */
  canWrite: boolean;
}

/** One clause beside its translation: its state, what changed since, and the translator's editor. */
export function TranslationRow({ draftId, token, clause, n, lang, draftLanguage, canWrite }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const saved = clause.translation.text ?? '';
  const [text, setText] = useState(saved);
  const [edited, setEdited] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const language = t(`languages.${lang}`);

  // Another translator's save arrives live: it shows unless this person is writing.
  useEffect(() => {
    if (!edited) setText(saved);
  }, [saved, edited]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await saveTranslation(draftId, token, lang, clause.id, text.trim());
      setEdited(false);
      setDone(true);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  const status = clause.translation.status;
  return (
    <li className={`translation-row translation-row-${status}`} aria-labelledby={`${id}-name`} data-clause-id={clause.id}>
      <h3 id={`${id}-name`} className="translation-clause-name">
        {t('translations.clause', { n })} <TranslationState status={status} />
      </h3>
      <div className="translation-columns">
        <div className="translation-original" lang={draftLanguage} dir="auto">
          <p className="visually-hidden">{t('translations.original', { language: t(`languages.${draftLanguage}`) })}</p>
          <p className="clause-text">{clause.text || t('translations.emptyClause')}</p>
          {status === 'outdated' && clause.source !== null && (
            <div className="translation-changes">
              <p className="hint">{t('translations.changedSince')}</p>
              <WordDiff before={clause.source} after={clause.text} />
            </div>
          )}
        </div>
        <div className="translation-target" lang={lang}>
          {canWrite ? (
            <form onSubmit={submit} aria-busy={busy}>
              <label htmlFor={`${id}-text`} className="visually-hidden">
                {t('translations.edit', { n, language })}
              </label>
              <textarea
                id={`${id}-text`}
                dir="auto"
                rows={3}
                maxLength={10_000}
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setEdited(true);
                  setDone(false);
                }}
              />
              <ErrorMessage message={error} />
              <button type="submit" disabled={busy || text.trim() === ''}>
                {busy ? t('translations.saving') : t('translations.save')}
              </button>
              <span role="status" className="hint">
                {done ? t('translations.saved', { n }) : ''}
              </span>
            </form>
          ) : (
            <p className="clause-text" dir="auto">
              {saved || <TranslationState status="missing" />}
            </p>
          )}
        </div>
      </div>
    </li>
  );
}
