import { wordChanges, type TextChange } from '@charter/shared';
import { useTranslation } from '../i18n';

/**
 * One text against another, word by word: an amendment against its clause, a
 * clause against the text its translation was made from.
 */
export function WordDiff({ before, after, label }: { before: string; after: string; label?: string }) {
  return (
    <p className="word-diff">
      {label && <span className="visually-hidden">{label}: </span>}
      <Changes changes={wordChanges(before, after)} />
    </p>
  );
}

/**
 * Removed words struck through and added words underlined, each also named in
 * words for screen readers ("removed:", "added:") and with a sign for the eye,
 * so colour is never the only cue. The history's comparisons use it too.
 */
export function Changes({ changes }: { changes: readonly TextChange[] }) {
  const { t } = useTranslation();
  return (
    <>
      {changes.map((change, index) => {
        if (change.op === 'equal') return <span key={index}>{change.text}</span>;
        const added = change.op === 'insert';
        const Mark = added ? 'ins' : 'del';
        return (
          <Mark key={index}>
            <span className="visually-hidden">{t(added ? 'diff.added' : 'diff.removed')} </span>
            <span className="diff-sign" aria-hidden="true">
              {added ? '+' : '−'}
            </span>
            {change.text}
          </Mark>
        );
      })}
    </>
  );
}
