import { Link } from 'react-router-dom';
import type { DraftSummary } from '@charter/shared';
import { fullDate, relativeTime } from '../format';
import { useTranslation } from 'react-i18next';
import { DraftTranslationCounts } from '../translate/DraftTranslationCounts';

interface Props {
  drafts: DraftSummary[];
  token: string;
  emptyText: string;
}

/** The drafts of an initiative, newest change first. */
export function DraftList({ drafts, token, emptyText }: Props) {
  const { t } = useTranslation();
  const sorted = [...drafts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <section aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{t('join.drafts')}</h2>
      {sorted.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <table className="drafts">
          <thead>
            <tr>
              <th scope="col">{t('join.colTitle')}</th>
              <th scope="col">{t('join.colKind')}</th>
              <th scope="col">{t('join.colStatus')}</th>
              <th scope="col">{t('join.colUpdated')}</th>
              <th scope="col">{t('translations.colTranslations')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((draft) => (
              <tr key={draft.id}>
                <th scope="row" data-label={t('join.colTitle')}>
                  <Link to={`/drafts/${encodeURIComponent(draft.id)}`} dir="auto">
                    {draft.title}
                  </Link>{' '}
                  <Link
                    className="review-link"
                    to={`/drafts/${encodeURIComponent(draft.id)}/review`}
                    aria-label={t('join.reviewLabel', { title: draft.title })}
                  >
                    {t('join.review')}
                  </Link>
                </th>
                <td data-label={t('join.colKind')}>{t(`kinds.${draft.kind}`) ?? draft.kind}</td>
                <td data-label={t('join.colStatus')}>{t(`statuses.${draft.status}`) ?? draft.status}</td>
                <td data-label={t('join.colUpdated')}>
                  <time dateTime={draft.updatedAt} title={fullDate(draft.updatedAt)}>
                    {relativeTime(draft.updatedAt)}
                  </time>
                </td>
                <td data-label={t('translations.colTranslations')}>
                  <DraftTranslationCounts draftId={draft.id} token={token} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
