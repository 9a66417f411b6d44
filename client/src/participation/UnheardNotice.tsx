import { Link } from 'wouter';
import { useTranslation } from '../i18n';
import { participationAlerts } from './alerts';
import { useParticipation } from './useParticipation';

/** Beside the live session, for the facilitator: whose needs wait while nobody of theirs takes part. */
export function UnheardNotice({ draftId, token }: { draftId: string; token: string }) {
  const { t } = useTranslation();
  const { data } = useParticipation(draftId, token);
  const alerts = data ? participationAlerts(data, t) : [];
  if (alerts.length === 0) return null;
  return (
    <section className="card unheard-notice" aria-labelledby="unheard-heading">
      <h2 id="unheard-heading">{t('participation.alertsHeading')}</h2>
      <ul>
        {alerts.map((alert) => (
          <li key={alert}>{alert}</li>
        ))}
      </ul>
      <Link to={`/drafts/${encodeURIComponent(draftId)}/participation`}>{t('participation.link')}</Link>
    </section>
  );
}
