import type { Annotation, Coverage } from '@charter/shared';
import { useTranslation } from '../i18n';

interface Props {
  detached: Coverage['detached'];
  annotations: Annotation[];
  onOpen(clauseId: string): void;
}

/**
 * Notes whose clause was deleted: kept in view rather than silently lost. When
 * the deletion is undone the clause returns with the same id, and its notes
 * go back to the gutter by themselves.
 */
export function DetachedNotes({ detached, annotations, onOpen }: Props) {
  if (detached.length === 0) return null;
  const { t } = useTranslation();
  return (
    <section className="detached card" aria-labelledby="detached-heading">
      <h2 id="detached-heading">{t('detached.title')}</h2>
      <p>{t('detached.intro')}</p>
      <ul className="detached-list">
        {detached.map(({ clauseId, lastText, annotations: ids }) => {
          const own = annotations.filter((a) => ids.includes(a.id));
          const count = (type: Annotation['type']) => own.filter((a) => a.type === type).length;
          return (
            <li key={clauseId} data-clause-id={clauseId}>
              {lastText ? (
                <>
                  <span className="muted">{t('detached.lastText')}</span>
                  <blockquote>{lastText}</blockquote>
                </>
              ) : (
                <p className="muted">{t('detached.unknownText')}</p>
              )}
              <p>{t('detached.count', { principles: count('principle'), needs: count('need'), comments: count('comment') })}</p>
              <button type="button" className="secondary" onClick={() => onOpen(clauseId)}>
                {t('detached.open')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
