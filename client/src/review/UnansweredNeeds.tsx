import type { Coverage } from '@charter/shared';
import { fill, strings } from '../strings';

interface Props {
  coverage: Coverage;
  /** The register has loaded: only then can "no needs recorded" be said. */
  loaded: boolean;
  error: string | null;
}

/** What the communities asked for that no clause answers yet, community by community, in plain words. */
export function UnansweredNeeds({ coverage, loaded, error }: Props) {
  const t = strings.review;
  const statement = (id: string) => coverage.needs.find((need) => need.id === id)?.statement ?? id;

  return (
    <section aria-labelledby="review-unanswered-heading" className="card unanswered review-unanswered">
      <h2 id="review-unanswered-heading">{t.coverageHeading}</h2>
      {error && <p className="error">{strings.coverage.needsFailed}</p>}
      {loaded && coverage.needs.length === 0 && <p>{strings.coverage.noNeedsRecorded}</p>}
      {coverage.needs.length > 0 && coverage.unansweredNeeds.length === 0 && <p>{strings.coverage.allAnswered}</p>}
      {coverage.unansweredByCommunity.map(({ community, needs }) => (
        <section key={community} className="community" aria-label={community}>
          <h3>{community}</h3>
          <p>{fill(t.askedFor, { community })}</p>
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
