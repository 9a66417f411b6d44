import type { RightsArea } from '@charter/shared';
import { useTranslation } from '../i18n';

/** A need's rights areas in the reader's words: "Housing, Education". */
export function useAreaNames(): (areas: readonly RightsArea[]) => string {
  const { t } = useTranslation();
  return (areas) => areas.map((area) => t(`rightsAreas.${area}`)).join(', ');
}
