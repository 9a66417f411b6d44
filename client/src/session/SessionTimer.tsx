import { useEffect, useState } from 'react';
import { formatElapsed } from './elapsed';
import { fill, strings } from '../strings';

interface Props {
  /** When the discussion started (ISO time, the facilitator's clock). */
  since: string;
  /** The clause's place in the text; null once it was deleted. */
  number: number | null;
}

/**
 * "Discussing clause N for m:ss", redrawn once a second. role="timer" is a
 * live region that stays silent, so screen readers read it when asked and
 * are not interrupted every second.
 */
export function SessionTimer({ since, number }: Props) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, []);
  const t = strings.session;
  const n = number ?? t.unknownClause;
  return (
    <p className="session-timer" role="timer" aria-label={fill(t.timerLabel, { n })}>
      {fill(t.timer, { n, time: formatElapsed(now - Date.parse(since)) })}
    </p>
  );
}
