import { diffWords } from 'diff';
import { useTranslation } from '../i18n';

/**
 * The amendment's words against the clause's: removed words struck through and
 * added words underlined, each also marked in words ("removed:", "added:") for
 * screen readers and with a sign for the eye, so colour is never the only cue.
 */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <p className="word-diff">
      <span className="visually-hidden">{t('amend.diffLabel')}: </span>
      {diffWords(before, after).map((part, index) => {
        if (part.added) {
          return (
            <ins key={index}>
              <span className="visually-hidden">{t('amend.inserted')} </span>
              <span className="diff-sign" aria-hidden="true">+</span>
              {part.value}
            </ins>
          );
        }
        if (part.removed) {
          return (
            <del key={index}>
              <span className="visually-hidden">{t('amend.deleted')} </span>
              <span className="diff-sign" aria-hidden="true">−</span>
              {part.value}
            </del>
          );
        }
        return <span key={index}>{part.value}</span>;
      })}
    </p>
  );
}
