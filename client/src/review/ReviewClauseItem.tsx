import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { Need, Principle } from '@charter/shared';
import { CommentForm, type CommentChoices } from '../annotate/CommentForm';
import type { StanceCounts as StanceCountsData } from '../annotate/stances';
import { useTranslation } from '../i18n';
import { ReviewNotes } from './ReviewNotes';
import { noteCounts, type NoteCounts, type ReviewClause } from './reviewModel';

/** A clause of the review page, with what it needs to show and answer its notes. */
export interface ReviewClauseProps {
  clause: ReviewClause;
  principles: Principle[] | null;
  needs: Need[] | null;
  /** Post a comment (or a reply) on this clause; absent when this person may not comment. */
  onComment?(text: string, choices: CommentChoices & { parentId?: string }): void;
  onResolve(threadId: string, resolved: boolean): void;
  /** May this person give a reply as the official answer (a reviewer)? */
  canAnswer: boolean;
  stances: StanceCountsData | undefined;
}

type Counted = 'principle' | 'need' | 'comment';

/** "2 principles · 1 need · 3 comments": only what there is. */
function useSummary(counts: NoteCounts): string {
  const { t } = useTranslation();
  const part = (n: number, one: Counted) => (n === 1 ? t(`review.counts.${one}`) : t(`review.counts.${one}s`, { n }));
  return [
    counts.principles > 0 && part(counts.principles, 'principle'),
    counts.needs > 0 && part(counts.needs, 'need'),
    counts.comments > 0 && part(counts.comments, 'comment'),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * One clause as an official reads it: the words in reading size, then one line
 * that says what notes it has and opens them, and one Comment button. Printed,
 * the notes follow the clause as its footnotes, open or not.
 */
export function ReviewClauseItem({ clause, principles, needs, onComment, onResolve, canAnswer, stances }: ReviewClauseProps) {
  const id = useId();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [commenting, setCommenting] = useState(false);
  // Closing the form (posted or cancelled) puts focus back on the button that opened it, before the next paint.
  const commentButton = useRef<HTMLButtonElement>(null);
  const closedForm = useRef(false);
  useLayoutEffect(() => {
    if (commenting) closedForm.current = true;
    else if (closedForm.current) commentButton.current?.focus();
  }, [commenting]);
  const summary = useSummary(noteCounts(clause));
  const words = clause.text || t('review.emptyClause');
  const number = t('review.clause', { n: clause.n });

  return (
    <li className="review-clause" id={`clause-${clause.id}`} data-clause-id={clause.id} data-heading={clause.heading}>
      <p className="review-clause-number">
        <span aria-hidden="true">{clause.n}</span>
        <span className="visually-hidden">{number}</span>
      </p>
      {/* The notes line and the Comment button sit beside the words when they fit, else under them. */}
      <div className="review-clause-line">
        {clause.heading ? (
          <h3 className="review-clause-heading" dir="auto">
            {words}
          </h3>
        ) : (
          <p className="review-clause-text" dir="auto">
            {words}
            {summary && <sup className="review-footnote-mark">{clause.n}</sup>}
          </p>
        )}
        <div className="review-clause-actions">
          {summary ? (
            <button
              type="button"
              className="review-notes-toggle"
              aria-expanded={open}
              aria-controls={`${id}-notes`}
              onClick={() => setOpen((was) => !was)}
            >
              <span aria-hidden="true" className="review-notes-chevron">
                {open ? '▾' : '▸'}
              </span>{' '}
              {summary}
              <span className="visually-hidden"> — {number}</span>
            </button>
          ) : (
            <p className="muted review-no-notes">{t('review.noNotes')}</p>
          )}
          {onComment && !commenting && (
            <button
              ref={commentButton}
              type="button"
              className="secondary review-comment-button"
              aria-describedby={`${id}-number`}
              onClick={() => setCommenting(true)}
            >
              {t('review.comment')}
            </button>
          )}
          <span id={`${id}-number`} hidden>
            {number}
          </span>
        </div>
      </div>
      {onComment && commenting && (
        <CommentForm
          label={t('review.commentOn', { n: clause.n })}
          submitLabel={t('review.post')}
          withStance
          autoFocus
          onSubmit={(text, choices) => {
            onComment(text, choices);
            setCommenting(false);
            // Show the comment where it now sits, among the clause's notes.
            setOpen(true);
          }}
          onCancel={() => setCommenting(false)}
        />
      )}
      {summary && (
        <div id={`${id}-notes`} className="review-notes review-footnotes" hidden={!open} data-footnote={clause.n}>
          <ReviewNotes
            clause={clause}
            principles={principles}
            needs={needs}
            onComment={onComment}
            onResolve={onResolve}
            canAnswer={canAnswer}
            stances={stances}
          />
        </div>
      )}
    </li>
  );
}
