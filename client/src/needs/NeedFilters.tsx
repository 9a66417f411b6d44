import { useId } from 'react';
import { RIGHTS_AREAS, type RightsArea } from '@charter/shared';
import { strings } from '../strings';

export interface Filters {
  /** '' for every community. */
  community: string;
  rightsArea: RightsArea | '';
  showArchived: boolean;
}

interface Props {
  filters: Filters;
  communities: string[];
  onChange(filters: Filters): void;
}

/** Narrow the register by community and rights area; archived needs only when asked. */
export function NeedFilters({ filters, communities, onChange }: Props) {
  const id = useId();
  const t = strings.needs;
  return (
    <fieldset className="need-filters">
      <legend>{t.filters}</legend>
      <div className="field">
        <label htmlFor={`${id}-community`}>{t.community}</label>
        <select id={`${id}-community`} value={filters.community} onChange={(e) => onChange({ ...filters, community: e.target.value })}>
          <option value="">{t.anyCommunity}</option>
          {communities.map((community) => (
            <option key={community} value={community}>
              {community}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-area`}>{t.rightsArea}</label>
        <select
          id={`${id}-area`}
          value={filters.rightsArea}
          onChange={(e) => onChange({ ...filters, rightsArea: e.target.value as RightsArea | '' })}
        >
          <option value="">{t.anyArea}</option>
          {RIGHTS_AREAS.map((area) => (
            <option key={area} value={area}>
              {strings.rightsAreas[area]}
            </option>
          ))}
        </select>
      </div>
      <div className="check">
        <input
          id={`${id}-archived`}
          type="checkbox"
          checked={filters.showArchived}
          onChange={(e) => onChange({ ...filters, showArchived: e.target.checked })}
        />
        <label htmlFor={`${id}-archived`}>{t.showArchived}</label>
      </div>
    </fieldset>
  );
}
