import { useEffect, useState } from 'react';
import { formatElapsed } from './elapsed';
import { useTranslation } from '../i18n';

interface Props {
  /** When the discussion started (ISO time, the facilitator's clock). */
  since: string;
  /** The clause's place in the text; null once it was deleted. */
  number: number | null;
  /** An amendment to the clause is what is discussed. */
  amendment: boolean;
}

/**
 * "Discussing clause N for m:ss", redrawn once a second. role="timer" is a
 * live region that stays silent, so screen readers read it when asked and
 * are not interrupted every second.
 */
export function SessionTimer({ since, number, amendment }: Props) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, []);
  const { t } = useTranslation();
  const n = number ?? t('session.unknownClause');
  return (
    <p className="session-timer" role="timer" aria-label={t(amendment ? 'session.amendmentTimerLabel' : 'session.timerLabel', { n })}>
      {t(amendment ? 'session.amendmentTimer' : 'session.timer', { n, time: formatElapsed(now - Date.parse(since)) })}
    </p>
  );
}
