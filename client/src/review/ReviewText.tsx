import { useMemo } from 'react';
import { buildCoverage, readAnnotations, type Author, type Draft } from '@charter/shared';
import { addComment, setResolved } from '../annotate/notesActions';
import { stanceCounts } from '../annotate/stances';
import { usePrinciples } from '../annotate/usePrinciples';
import type { CollabSession } from '../collab/useCollab';
import { useRemoved } from '../collab/removal';
import { useConnection } from '../collab/useConnection';
import { useDocsVersion } from '../collab/useDocsVersion';
import type { NotesSession } from '../collab/useNotesSession';
import { ConnectionBadge } from '../editor/ConnectionBadge';
import { useNeeds, useRefreshForUnknownNeeds } from '../needs/useNeeds';
import { RemovedNotice } from '../people/RemovedNotice';
import { useTranslation } from '../i18n';
import { ReviewClauseItem } from './ReviewClauseItem';
import { ReviewContents } from './ReviewContents';
import { buildReview } from './reviewModel';
import { UnansweredNeeds, hasWrittenClause } from '../coverage/UnansweredNeeds';

interface Props {
  draft: Draft;
  token: string;
  body: CollabSession;
  notes: NotesSession;
  /** May this person write comments now (their role, the draft not adopted, and they joined by name)? */
  canComment: boolean;
  /** May this person give a reply as the official answer (a reviewer)? */
  canAnswer: boolean;
  /** The person writing, who signs every comment; null for an invite token. */
  author: Author | null;
}

/**
 * The clauses with their notes and the needs still unanswered, read from the
 * two live documents: a comment posted anywhere appears here at once.
 */
export function ReviewText({ draft, token, body, notes, canComment, canAnswer, author }: Props) {
  const { t } = useTranslation();
  const connection = useConnection(body.provider, body.saved);
  const removed = useRemoved(connection, token, author !== null);
  const version = useDocsVersion(body.doc, notes.doc);
  const principles = usePrinciples();
  const register = useNeeds(draft.initiativeId, token);

  const view = useMemo(() => {
    const annotations = readAnnotations(notes.doc);
    return {
      clauses: buildReview(body.doc, notes.doc),
      annotations,
      stances: stanceCounts(annotations),
      // Principles are not part of the summary: it is about what communities asked for.
      coverage: buildCoverage(body.doc, notes.doc, [], register.needs ?? []),
    };
    // `version` stands for the documents' contents.
  }, [body, notes, register.needs, version]);
  useRefreshForUnknownNeeds(view.annotations, register);
  const writable = canComment && !removed;

  return (
    <>
      {removed && <RemovedNotice />}
      <div className="review-layout">
        {view.clauses.length > 0 && <ReviewContents clauses={view.clauses} />}
        <section aria-labelledby="review-text-heading" className="review-text">
          <div className="review-text-head">
            <h2 id="review-text-heading">{t('review.textHeading')}</h2>
            <ConnectionBadge state={connection} showSaved={false} removed={removed} />
          </div>
          {view.clauses.length === 0 ? (
            <p>{t('review.empty')}</p>
          ) : (
            <ol className="review-clauses">
              {view.clauses.map((clause) => (
                <ReviewClauseItem
                  key={clause.id}
                  clause={clause}
                  principles={principles.principles}
                  needs={register.needs}
                  stances={view.stances.get(clause.id)}
                  canAnswer={canAnswer}
                  onComment={writable ? (text, extra) => addComment(notes.doc, clause.id, text, author, extra) : undefined}
                  onResolve={(threadId, resolved) => setResolved(notes.doc, threadId, resolved)}
                />
              ))}
            </ol>
          )}
        </section>
        {/* Beside the text, under the contents, on a wide screen. */}
        <UnansweredNeeds
          coverage={view.coverage}
          written={hasWrittenClause(view.clauses)}
          loaded={register.needs !== null}
          error={register.error}
          heading={t('review.coverageHeading')}
          headingId="review-unanswered-heading"
          intro={(community) => t('review.askedFor', { community })}
          className="review-unanswered"
        />
      </div>
    </>
  );
}
