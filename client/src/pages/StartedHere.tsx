import { useTranslation } from '../i18n';
import { fullDate } from '../format';
import { listStarted } from '../startedInitiatives';
import { InviteLinks } from './InviteLinks';

/**
 * The initiatives started in this browser, each with its four links: a reload
 * or a closed tab loses none. Links not yet downloaded or printed are open.
 */
export function StartedHere() {
  const { t } = useTranslation();
  const started = listStarted();
  if (started.length === 0) return null;
  return (
    <section aria-labelledby="started-heading" className="started-here">
      <h2 id="started-heading">{t('homePage.startedHere')}</h2>
      <p className="hint">{t('homePage.startedHereHint')}</p>
      {started.map((entry) => (
        <details key={entry.id} className="card" open={!entry.saved}>
          <summary>
            <span dir="auto">{entry.name}</span> <span className="muted" dir="auto">({entry.place})</span>{' '}
            <span className="muted">{t('homePage.startedOn', { date: fullDate(entry.startedAt) })}</span>
          </summary>
          <InviteLinks started={entry} />
        </details>
      ))}
    </section>
  );
}
