import { Link, useParams } from 'wouter';
import { useTranslation } from '../i18n';
import { NoAccess, useDraftAccess } from '../ui/useDraftAccess';
import { useDocumentTitle } from '../useDocumentTitle';
import { ParticipationChart } from './ParticipationChart';
import { participationAlerts, peopleCount } from './alerts';
import { useParticipation } from './useParticipation';

/** `/drafts/:id/participation`: whose voices shape the text, per community, with no names. */
export function ParticipationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [state] = useDraftAccess(id);
  useDocumentTitle(state.kind === 'ready' ? t('participation.title', { title: state.draft.title }) : null);
  if (state.kind !== 'ready') return <NoAccess state={state} />;
  return <ParticipationView key={`${state.draft.id}:${state.token}`} draftId={state.draft.id} title={state.draft.title} token={state.token} />;
}

function ParticipationView({ draftId, title, token }: { draftId: string; title: string; token: string }) {
  const { t } = useTranslation();
  const { data, error } = useParticipation(draftId, token);
  const alerts = data ? participationAlerts(data, t) : [];
  return (
    <article className="participation" aria-labelledby="participation-title">
      <p className="breadcrumb">
        <Link to={`/drafts/${encodeURIComponent(draftId)}`}>{t('coverage.backToDraft')}</Link>
      </p>
      <h1 id="participation-title" tabIndex={-1}>
        {t('participation.title', { title })}
      </h1>
      <p className="lead">{t('participation.intro')}</p>
      {error && <p role="alert">{error}</p>}
      {!data ? (
        !error && <p role="status">{t('loading')}</p>
      ) : (
        <>
          <section aria-labelledby="participation-alerts" className="card">
            <h2 id="participation-alerts">{t('participation.alertsHeading')}</h2>
            {alerts.length === 0 ? <p>{t('participation.noAlerts')}</p> : <ul className="participation-alerts">{alerts.map((a) => <li key={a}>{a}</li>)}</ul>}
          </section>
          {data.communities.length === 0 ? (
            <p>{t('participation.empty')}</p>
          ) : (
            <section aria-labelledby="participation-table-heading">
              <h2 id="participation-table-heading">{t('participation.tableHeading')}</h2>
              <ParticipationChart participation={data} tableId="participation-table" />
              <div className="table-scroll">
                <table id="participation-table">
                  <caption>{t('participation.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('participation.community')}</th>
                      <th scope="col">{t('participation.people')}</th>
                      <th scope="col">{t('participation.edits')}</th>
                      <th scope="col">{t('participation.comments')}</th>
                      <th scope="col">{t('participation.amendments')}</th>
                      <th scope="col">{t('participation.stances')}</th>
                      <th scope="col">{t('participation.needsVoiced')}</th>
                      <th scope="col">{t('participation.needsAnswered')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.communities.map((c) => (
                      <tr key={c.community} className={data.unheard.includes(c.community) ? 'unheard' : undefined}>
                        <th scope="row">
                          <bdi>{c.community}</bdi>
                          {data.unheard.includes(c.community) && <span className="tag"> {t('participation.unheardTag')}</span>}
                        </th>
                        <td>{peopleCount(c.participants, t)}</td>
                        <td>{c.contributions.edits}</td>
                        <td>{c.contributions.comments}</td>
                        <td>{c.contributions.amendments}</td>
                        <td>{c.contributions.stances}</td>
                        <td>{c.needs.voiced}</td>
                        <td>{c.needs.answered}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
          <p>{t('participation.unidentified', { edits: data.unidentified.edits, comments: data.unidentified.comments })}</p>
          <p className="hint">{t('participation.privacy')}</p>
        </>
      )}
    </article>
  );
}
