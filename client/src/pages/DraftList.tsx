import { Link } from 'react-router-dom';
import type { DraftSummary } from '@charter/shared';
import { fullDate, relativeTime } from '../format';
import { fill, strings } from '../strings';

interface Props {
  drafts: DraftSummary[];
  emptyText: string;
}

/** The drafts of an initiative, newest change first. */
export function DraftList({ drafts, emptyText }: Props) {
  const t = strings.join;
  const sorted = [...drafts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <section aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{t.drafts}</h2>
      {sorted.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <table className="drafts">
          <thead>
            <tr>
              <th scope="col">{t.colTitle}</th>
              <th scope="col">{t.colKind}</th>
              <th scope="col">{t.colStatus}</th>
              <th scope="col">{t.colUpdated}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((draft) => (
              <tr key={draft.id}>
                <th scope="row" data-label={t.colTitle}>
                  <Link to={`/drafts/${encodeURIComponent(draft.id)}`}>{draft.title}</Link>{' '}
                  <Link
                    className="review-link"
                    to={`/drafts/${encodeURIComponent(draft.id)}/review`}
                    aria-label={fill(t.reviewLabel, { title: draft.title })}
                  >
                    {t.review}
                  </Link>
                </th>
                <td data-label={t.colKind}>{strings.kinds[draft.kind] ?? draft.kind}</td>
                <td data-label={t.colStatus}>{strings.statuses[draft.status] ?? draft.status}</td>
                <td data-label={t.colUpdated}>
                  <time dateTime={draft.updatedAt} title={fullDate(draft.updatedAt)}>
                    {relativeTime(draft.updatedAt)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
