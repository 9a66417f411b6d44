import type { Coverage } from '@charter/shared';
import { useTranslation } from 'react-i18next';

interface Props {
  coverage: Coverage;
  /** The register has loaded: only then can "no needs recorded" be said. */
  loaded: boolean;
  error: string | null;
  heading: string;
  headingId: string;
  /** The plain-words line under each community's name. */
  intro(community: string): string;
  className?: string;
  /** Announce changes politely (the live coverage page). */
  live?: boolean;
}

/**
 * What the communities asked for that no clause answers yet, community by
 * community, in plain words: on the coverage page and on the review page.
 */
export function UnansweredNeeds({ coverage, loaded, error, heading, headingId, intro, className = '', live = false }: Props) {
  const { t } = useTranslation();
  const statement = (id: string) => coverage.needs.find((need) => need.id === id)?.statement ?? id;

  return (
    <section aria-labelledby={headingId} className={`card unanswered ${className}`.trim()} aria-live={live ? 'polite' : undefined}>
      <h2 id={headingId}>{heading}</h2>
      {error && <p className="error">{t('coverage.needsFailed')}</p>}
      {loaded && coverage.needs.length === 0 && <p>{t('coverage.noNeedsRecorded')}</p>}
      {coverage.needs.length > 0 && coverage.unansweredNeeds.length === 0 && <p>{t('coverage.allAnswered')}</p>}
      {coverage.unansweredByCommunity.map(({ community, needs }) => (
        <section key={community} className="community" aria-label={community}>
          <h3>{community}</h3>
          <p>{intro(community)}</p>
          <ul>
            {needs.map((id) => (
              <li key={id} data-need-id={id}>
                {statement(id)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
