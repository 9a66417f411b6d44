import { RIGHTS_AREAS } from '@charter/shared';
import { useTranslation } from '../i18n';

/** Every rights area as an option of a select, named in the reader's language. */
export function RightsAreaOptions() {
  const { t } = useTranslation();
  return (
    <>
      {RIGHTS_AREAS.map((area) => (
        <option key={area} value={area}>
          {t(`rightsAreas.${area}`)}
        </option>
      ))}
    </>
  );
}
