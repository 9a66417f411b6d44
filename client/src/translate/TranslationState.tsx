import type { TranslationStatus } from '@charter/shared';
import { useTranslation } from '../i18n';

/** The icon of each state: a shape as well as a colour, and always beside its word. */
const ICONS: Record<TranslationStatus, string> = { current: '✓', outdated: '⚠', missing: '○' };

/** A translation's state, in words and an icon. */
export function TranslationState({ status }: { status: TranslationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`translation-state translation-${status}`}>
      <span aria-hidden="true">{ICONS[status]}</span> {t(`translations.status.${status}`)}
    </span>
  );
}
