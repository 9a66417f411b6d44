import { useId } from 'react';
import type { RightsArea } from '@charter/shared';
import { useTranslation } from '../i18n';
import { RightsAreaOptions } from './RightsAreaOptions';

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
  const { t } = useTranslation();
  return (
    <fieldset className="need-filters">
      <legend>{t('needs.filters')}</legend>
      <div className="field">
        <label htmlFor={`${id}-community`}>{t('needs.community')}</label>
        <select id={`${id}-community`} value={filters.community} onChange={(e) => onChange({ ...filters, community: e.target.value })}>
          <option value="">{t('needs.anyCommunity')}</option>
          {communities.map((community) => (
            <option key={community} value={community}>
              {community}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-area`}>{t('needs.rightsArea')}</label>
        <select
          id={`${id}-area`}
          value={filters.rightsArea}
          onChange={(e) => onChange({ ...filters, rightsArea: e.target.value as RightsArea | '' })}
        >
          <option value="">{t('needs.anyArea')}</option>
          <RightsAreaOptions />
        </select>
      </div>
      <div className="check">
        <input
          id={`${id}-archived`}
          type="checkbox"
          checked={filters.showArchived}
          onChange={(e) => onChange({ ...filters, showArchived: e.target.checked })}
        />
        <label htmlFor={`${id}-archived`}>{t('needs.showArchived')}</label>
      </div>
    </fieldset>
  );
}
