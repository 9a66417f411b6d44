import { useId } from 'react';
import type { Need, Principle } from '@charter/shared';
import { CommentThreads } from '../annotate/CommentThreads';
import { StanceCounts } from '../annotate/StanceCounts';
import { NeedFacts } from '../needs/NeedFacts';
import { useTranslation } from '../i18n';
import type { ReviewClauseProps } from './ReviewClauseItem';

type Props = ReviewClauseProps;

/** A linked principle: its title and what it asks, or its id until the catalogue has loaded. */
function PrincipleNote({ id, principles }: { id: string; principles: Principle[] | null }) {
  const principle = principles?.find((p) => p.id === id);
  return (
    <li data-principle-id={id} dir="auto">
      <span className="review-note-title">{principle?.title ?? id}</span>
      {principle && <span className="review-note-detail">{principle.summary}</span>}
    </li>
  );
}

/** A linked need in the community's own words, with who voiced it, its rights areas and source. */
function NeedNote({ id, needs }: { id: string; needs: Need[] | null }) {
  const { t } = useTranslation();
  const need = needs?.find((n) => n.id === id);
  if (!need) {
    return (
      <li data-need-id={id}>
        <span className="review-note-title">{t('gutter.unknownNeed')}</span>
      </li>
    );
  }
  return (
    <li data-need-id={id} dir="auto">
      <q className="review-note-title">{need.statement}</q>
      <NeedFacts need={need} />
    </li>
  );
}

/** Everything said about a clause: the principles it serves, the needs it answers, its comment threads. */
export function ReviewNotes({ clause, principles, needs, onComment, onResolve, canAnswer, stances }: Props) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <>
      {clause.principles.length > 0 && (
        <>
          <p className="review-notes-label" id={`${id}-principles`}>
            {t('review.principles')}
          </p>
          <ul className="review-note-list" aria-labelledby={`${id}-principles`}>
            {clause.principles.map((principleId) => (
              <PrincipleNote key={principleId} id={principleId} principles={principles} />
            ))}
          </ul>
        </>
      )}
      {clause.needs.length > 0 && (
        <>
          <p className="review-notes-label" id={`${id}-needs`}>
            {t('review.needs')}
          </p>
          <ul className="review-note-list" aria-labelledby={`${id}-needs`}>
            {clause.needs.map((needId) => (
              <NeedNote key={needId} id={needId} needs={needs} />
            ))}
          </ul>
        </>
      )}
      {clause.threads.length > 0 && (
        <>
          <p className="review-notes-label">
            {t('review.comments')} <StanceCounts counts={stances} />
          </p>
          <CommentThreads
            threads={clause.threads}
            writable={onComment !== undefined}
            canAnswer={canAnswer}
            onComment={(text, choices) => onComment?.(text, choices)}
            onResolve={onResolve}
            review
          />
        </>
      )}
    </>
  );
}
