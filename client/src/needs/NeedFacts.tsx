import type { Need } from '@charter/shared';
import { longDay } from '../format';
import { useTranslation } from '../i18n';
import { useAreaNames } from './useAreaNames';

/** Who voiced a need, its rights area, its source and (in the register) its date. */
export function NeedFacts({ need, withDate = false }: { need: Need; withDate?: boolean }) {
  const { t } = useTranslation();
  const areaNames = useAreaNames();
  return (
    <dl className="need-facts">
      <div>
        <dt>{t('needs.voicedBy')}</dt>
        <dd>{need.communities.join(', ')}</dd>
      </div>
      <div>
        <dt>{t('needs.voice')}</dt>
        <dd>{t(`needs.voices.${need.voice ?? 'community'}`)}</dd>
      </div>
      <div>
        <dt>{need.rightsAreas.length > 1 ? t('needs.rightsAreas') : t('needs.rightsArea')}</dt>
        <dd>{areaNames(need.rightsAreas)}</dd>
      </div>
      <div>
        <dt>{t('needs.from')}</dt>
        <dd>{need.source}</dd>
      </div>
      {withDate && (
        <div>
          <dt>{t('needs.date')}</dt>
          <dd>
            <time dateTime={need.date}>{longDay(need.date)}</time>
          </dd>
        </div>
      )}
    </dl>
  );
}
