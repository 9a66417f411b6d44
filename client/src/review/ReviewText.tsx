import { useCallback, useMemo, useState } from 'react';
import { buildCoverage, readAnnotations, type Draft } from '@charter/shared';
import { addComment } from '../annotate/notesActions';
import { usePrinciples } from '../annotate/usePrinciples';
import { guestName, saveName, storedName } from '../collab/identity';
import type { CollabSession } from '../collab/useCollab';
import { useConnection } from '../collab/useConnection';
import { useDocsVersion } from '../collab/useDocsVersion';
import type { NotesSession } from '../collab/useNotesSession';
import { ConnectionBadge } from '../editor/ConnectionBadge';
import { NameForm } from '../editor/NameForm';
import { useNeeds, useRefreshForUnknownNeeds } from '../needs/useNeeds';
import { useTranslation } from 'react-i18next';
import { ReviewClauseItem } from './ReviewClauseItem';
import { buildReview } from './reviewModel';
import { UnansweredNeeds } from '../coverage/UnansweredNeeds';

interface Props {
  draft: Draft;
  token: string;
  body: CollabSession;
  notes: NotesSession;
  /** May this person write comments now (their role, and the draft not adopted)? */
  canComment: boolean;
}

/**
 * The clauses with their notes and the needs still unanswered, read from the
 * two live documents: a comment posted anywhere appears here at once.
 */
export function ReviewText({ draft, token, body, notes, canComment }: Props) {
  const { t } = useTranslation();
  const connection = useConnection(body.provider, body.saved);
  const version = useDocsVersion(body.doc, notes.doc);
  const principles = usePrinciples();
  const register = useNeeds(draft.initiativeId, token);
  const [chosen, setChosen] = useState(() => storedName());
  const [guest] = useState(guestName);
  const author = chosen ?? guest;

  const view = useMemo(
    () => ({
      clauses: buildReview(body.doc, notes.doc),
      annotations: readAnnotations(notes.doc),
      // Principles are not part of the summary: it is about what communities asked for.
      coverage: buildCoverage(body.doc, notes.doc, [], register.needs ?? []),
    }),
    // `version` stands for the documents' contents.
    [body, notes, register.needs, version],
  );
  useRefreshForUnknownNeeds(view.annotations, register);

  const onName = useCallback((next: string) => {
    saveName(next);
    setChosen(next);
  }, []);

  return (
    <>
      <ConnectionBadge state={connection} showSaved={false} />
      <UnansweredNeeds
        coverage={view.coverage}
        loaded={register.needs !== null}
        error={register.error}
        heading={t('review.coverageHeading')}
        headingId="review-unanswered-heading"
        intro={(community) => t('review.askedFor', { community })}
        className="review-unanswered"
      />
      <section aria-labelledby="review-text-heading" className="review-text">
        <h2 id="review-text-heading">{t('review.textHeading')}</h2>
        {canComment && <NameForm name={author} ask={chosen === null} onName={onName} />}
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
                onComment={canComment ? (text) => addComment(notes.doc, clause.id, text, null) : undefined}
              />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
