import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n';

interface Props {
  /** What is discussed now (the clause, or an amendment to it), or null. */
  subject: string | null;
  /** The clause's place in the text; null while the text has not arrived or the clause is gone. */
  number: number | null;
  /** Who proposed the amendment discussed; null when it is the clause itself. */
  proposer: string | null;
}

/**
 * Tells screen reader users, politely, when the facilitator puts a clause up
 * (or an amendment to it) for discussion or ends it. Each change is said once: clauses added above
 * later renumber it without a new announcement. The region is always in the
 * page, so assistive technology is already listening when the text changes.
 */
export function SessionAnnouncer({ subject, number, proposer }: Props) {
  const [message, setMessage] = useState('');
  const announced = useRef<string | null>(null);
  // Whether what was announced last was an amendment, to say which discussion ended.
  const wasAmendment = useRef(false);
  const { t } = useTranslation();

  useEffect(() => {
    if (announced.current === subject) return;
    // The session document can arrive before the text: wait for the number.
    if (subject !== null && number === null) return;
    announced.current = subject;
    if (subject === null) setMessage(t(wasAmendment.current ? 'session.amendmentEnded' : 'session.ended'));
    else if (proposer !== null) setMessage(t('session.amendmentAnnounce', { n: number ?? '', name: proposer }));
    else setMessage(t('session.announce', { n: number ?? '' }));
    wasAmendment.current = subject !== null && proposer !== null;
  }, [subject, number, proposer, t]);

  return (
    <p className="visually-hidden session-announcer" aria-live="polite">
      {message}
    </p>
  );
}
