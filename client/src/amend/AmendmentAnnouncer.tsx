import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import type { Amendment, AmendmentStatus } from '@charter/shared';

interface Props {
  amendments: readonly Amendment[];
  /** True once the decisions document has first synced: what it held then is not news. */
  synced: boolean;
  clauseNumbers: ReadonlyMap<string, number>;
}

/**
 * A polite, visually hidden live region for amendments: "New amendment to
 * clause 4", "Amendment to clause 4 accepted" (or declined). What was there when
 * the page opened is not said.
 */
export function AmendmentAnnouncer({ amendments, synced, clauseNumbers }: Props) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const known = useRef<Map<string, AmendmentStatus> | null>(null);

  useEffect(() => {
    if (!synced) return;
    const before = known.current;
    known.current = new Map(amendments.map((a) => [a.id, a.status]));
    if (!before) return;
    const said: string[] = [];
    for (const a of amendments) {
      const n = clauseNumbers.get(a.clauseId);
      if (n === undefined) continue;
      const was = before.get(a.id);
      if (was === undefined) said.push(t('amend.announceNew', { n }));
      else if (was !== a.status && a.status === 'accepted') said.push(t('amend.announceAccepted', { n }));
      else if (was !== a.status && a.status === 'declined') said.push(t('amend.announceDeclined', { n }));
    }
    if (said.length > 0) setMessage(said.join('. '));
  }, [amendments, synced, clauseNumbers, t]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="amendment-announcer">
      {message}
    </div>
  );
}
