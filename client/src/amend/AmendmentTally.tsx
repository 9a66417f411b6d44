import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n';
import { AMENDMENT_STANCES, type Amendment, type AmendmentTally as Tally } from '@charter/shared';
import { api } from '../api';
import { peopleCount } from '../participation/alerts';

/**
 * The amendment's tally by community, asked again whenever its stances change
 * in the `.decisions` document (which holds the counts, not who is of which
 * community: only the server knows that).
 */
function useTally(token: string, amendment: Amendment): Tally | null {
  const [tally, setTally] = useState<Tally | null>(null);
  // Counts and reasons: a stance replaced by another changes one of them (or its reason's place).
  const changed = JSON.stringify([amendment.stances, amendment.reasons]);
  useEffect(() => {
    const controller = new AbortController();
    api<Tally>(`/api/amendments/${encodeURIComponent(amendment.id)}/tally`, { token, signal: controller.signal }).then(setTally, () => {
      // Offline or aborted: the last tally stays, and the counts above are the document's own.
    });
    return () => controller.abort();
  }, [token, amendment.id, changed]);
  return tally;
}

/**
 * Where people stand: residents first, then each community named in the tally
 * (one or two people show as "fewer than 3"), then the officials, counted apart.
 * Stances are rows so the table stays narrow on a phone.
 */
export function AmendmentTally({ token, amendment }: { token: string; amendment: Amendment }) {
  const { t } = useTranslation();
  const id = useId();
  const tally = useTally(token, amendment);
  if (!tally) return null;
  const columns = [
    { key: 'residents', label: t('amend.tallyResidents'), counts: tally.residents, exact: true },
    ...tally.communities.map((c) => ({ key: `c-${c.community}`, label: c.community, counts: c, exact: false })),
    { key: 'officials', label: t('amend.tallyOfficials'), counts: tally.officials, exact: true },
  ];

  return (
    <div className="amendment-by-community">
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table>
          <caption id={`${id}-caption`}>{t('amend.tallyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('amend.tallyStance')}</th>
              {columns.map((column) => (
                <th scope="col" key={column.key}>
                  <bdi>{column.label}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {AMENDMENT_STANCES.map((stance) => (
              <tr key={stance}>
                <th scope="row">{t(`amend.stance.${stance}`)}</th>
                {columns.map((column) => (
                  <td key={column.key}>{column.exact ? column.counts[stance] : peopleCount(column.counts[stance], t)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {tally.smallCommunities > 0 && <p className="hint">{t('amend.tallySmall', { count: tally.smallCommunities })}</p>}
      {tally.withoutCommunity > 0 && <p className="hint">{t('amend.tallyNoCommunity', { count: tally.withoutCommunity })}</p>}
      {tally.communities.length > 0 && <p className="hint">{t('amend.tallyPrivacy')}</p>}
    </div>
  );
}
