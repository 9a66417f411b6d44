import type { Coverage } from '@charter/shared';
import { useTranslation } from '../i18n';

interface Props {
  coverage: Coverage;
  /** Has anyone written a clause? If not, no clause can be linked yet, and the page says so. */
  written: boolean;
  /** The register has loaded: only then can "no needs recorded" be said. */
  loaded: boolean;
  error: string | null;
  heading: string;
  headingId: string;
  /** The plain-words line under the names of the communities that voiced the needs below it. */
  intro(communities: string, written: boolean): string;
  className?: string;
  /** Announce changes politely (the live coverage page). */
  live?: boolean;
}

type Row = Coverage['needs'][number];

/**
 * The unanswered needs, each once, grouped by who voiced them: a need two
 * communities voiced sits under both names together, not twice.
 */
function byCommunities(coverage: Coverage): Array<{ communities: string; needs: Row[] }> {
  const groups = new Map<string, Row[]>();
  for (const id of coverage.unansweredNeeds) {
    const need = coverage.needs.find((row) => row.id === id);
    if (!need) continue;
    const key = need.communities.join(', ');
    groups.set(key, [...(groups.get(key) ?? []), need]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([communities, needs]) => ({ communities, needs }));
}

/**
 * What the communities asked for that no clause answers yet, in plain words:
 * on the coverage page and on the review page.
 */
export function UnansweredNeeds({ coverage, written, loaded, error, heading, headingId, intro, className = '', live = false }: Props) {
  const { t } = useTranslation();

  return (
    <section aria-labelledby={headingId} className={`card unanswered ${className}`.trim()} aria-live={live ? 'polite' : undefined}>
      <h2 id={headingId}>{heading}</h2>
      {error && <p className="error">{t('coverage.needsFailed')}</p>}
      {loaded && coverage.needs.length === 0 && <p>{t('coverage.noNeedsRecorded')}</p>}
      {coverage.needs.length > 0 && coverage.unansweredNeeds.length === 0 && <p>{t('coverage.allAnswered')}</p>}
      {byCommunities(coverage).map(({ communities, needs }) => (
        <section key={communities} className="community" aria-label={communities}>
          <h3 dir="auto">{communities}</h3>
          <p>{intro(communities, written)}</p>
          <ul>
            {needs.map((need) => (
              <li key={need.id} data-need-id={need.id} dir="auto">
                {need.statement}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** Has anyone written a clause: is there a clause with words in it? */
export function hasWrittenClause(clauses: Array<{ text: string }>): boolean {
  return clauses.some((clause) => clause.text.trim() !== '');
}
