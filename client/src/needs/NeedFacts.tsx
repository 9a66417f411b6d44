import type { Need } from '@charter/shared';
import { strings } from '../strings';

/** "2024-05-17" in the reader's words, without a time zone shifting the day. */
function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(year, month - 1, day));
}

/** Who voiced a need, its rights area, its source and (in the register) its date. */
export function NeedFacts({ need, withDate = false }: { need: Need; withDate?: boolean }) {
  const t = strings.needs;
  return (
    <dl className="need-facts">
      <div>
        <dt>{t.voicedBy}</dt>
        <dd>{need.communities.join(', ')}</dd>
      </div>
      <div>
        <dt>{t.rightsArea}</dt>
        <dd>{strings.rightsAreas[need.rightsArea] ?? need.rightsArea}</dd>
      </div>
      <div>
        <dt>{t.from}</dt>
        <dd>{need.source}</dd>
      </div>
      {withDate && (
        <div>
          <dt>{t.date}</dt>
          <dd>
            <time dateTime={need.date}>{longDate(need.date)}</time>
          </dd>
        </div>
      )}
    </dl>
  );
}
