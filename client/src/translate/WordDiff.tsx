import { diffWords } from 'diff';
import { useTranslation } from '../i18n';

/**
 * What changed in a clause since its translation was made, word by word:
 * removed words struck through and added ones underlined, each also named in
 * words ("removed:", "added:") so the change does not rest on colour alone.
 */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <p className="word-diff">
      {diffWords(before, after).map((part, index) => {
        if (part.removed) {
          return (
            <del key={index}>
              <span className="diff-label">[{t('translations.removed')}</span> {part.value}
              <span className="diff-label">]</span>
            </del>
          );
        }
        if (part.added) {
          return (
            <ins key={index}>
              <span className="diff-label">[{t('translations.added')}</span> {part.value}
              <span className="diff-label">]</span>
            </ins>
          );
        }
        return <span key={index}>{part.value}</span>;
      })}
    </p>
  );
}
