import { useMemo } from 'react';
import { Link } from 'wouter';
import { buildClauseList, buildCoverage, readAnnotations, type Draft } from '@charter/shared';
import { useCollabSession } from '../collab/useCollab';
import { useDocsVersion } from '../collab/useDocsVersion';
import { useNotesSession } from '../collab/useNotesSession';
import { usePrinciples } from '../annotate/usePrinciples';
import { useNeeds, useRefreshForUnknownNeeds } from '../needs/useNeeds';
import { useAreaNames } from '../needs/useAreaNames';
import { ClauseRefs } from './ClauseRefs';
import { UnansweredNeeds, hasWrittenClause } from './UnansweredNeeds';
import { useTranslation } from '../i18n';

interface Props {
  token: string;
  draft: Draft;
}

/**
 * Coverage computed in the browser from the two live documents, with the same
 * function the server's `/coverage` uses: it changes as people annotate.
 */
export function CoverageView({ token, draft }: Props) {
  const { t } = useTranslation();
  const body = useCollabSession(draft.id, token);
  const notes = useNotesSession(draft.id, token);
  const version = useDocsVersion(body?.doc, notes?.doc);
  const { principles } = usePrinciples();
  const register = useNeeds(draft.initiativeId, token);
  const areaNames = useAreaNames();

  const view = useMemo(() => {
    if (!body || !notes) return null;
    return {
      clauses: buildClauseList(body.doc, notes.doc),
      annotations: readAnnotations(notes.doc),
      coverage: buildCoverage(body.doc, notes.doc, principles ?? [], register.needs ?? []),
    };
    // `version` stands for the documents' contents.
  }, [body, notes, principles, register.needs, version]);
  useRefreshForUnknownNeeds(view?.annotations ?? [], register);
  const answered = view?.coverage.needs.filter((need) => need.clauses.length > 0) ?? [];

  return (
    <article className="coverage" aria-labelledby="coverage-title">
      <p className="breadcrumb">
        <Link to={`/drafts/${encodeURIComponent(draft.id)}`}>{t('coverage.backToDraft')}</Link>
      </p>
      <h1 id="coverage-title" tabIndex={-1}>
        {t('coverage.title', { title: draft.title })}
      </h1>
      <p className="lead">{t('coverage.intro')}</p>
      {!view ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          <UnansweredNeeds
            coverage={view.coverage}
            written={hasWrittenClause(view.clauses)}
            loaded={register.needs !== null}
            error={register.error}
            heading={t('coverage.unanswered')}
            headingId="unanswered-heading"
            intro={(_, written) => (written ? t('coverage.noneLinkedFor') : t('coverage.noneWrittenFor'))}
            live
          />

          {/* Unanswered needs are listed above, once; here the ones a clause answers, and by which. */}
          <section aria-labelledby="coverage-needs-heading">
            <h2 id="coverage-needs-heading">{t('coverage.answeredNeeds')}</h2>
            {answered.length === 0 ? (
              <p className="muted">{t('coverage.noneAnswered')}</p>
            ) : (
              <ul className="coverage-list">
                {answered.map((need) => (
                  <li key={need.id} className="card" data-need-id={need.id} data-answered="true">
                    <p className="coverage-item-title" dir="auto">
                      {need.statement}
                    </p>
                    <p className="muted">
                      {t('coverage.communities', { communities: need.communities.join(', ') })} ·{' '}
                      {areaNames(need.rightsAreas)}
                    </p>
                    <ClauseRefs ids={need.clauses} clauses={view.clauses} label={t('coverage.answeredBy')} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="coverage-principles-heading">
            <h2 id="coverage-principles-heading">{t('coverage.principles')}</h2>
            <ul className="coverage-list">
              {view.coverage.principles.map((principle) => (
                <li key={principle.id} className="card" data-principle-id={principle.id}>
                  <p className="coverage-item-title">{principle.title}</p>
                  <ClauseRefs ids={principle.clauses} clauses={view.clauses} label={t('coverage.servedBy')} />
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
