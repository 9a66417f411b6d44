import { Link } from 'wouter';
import { useTranslation } from '../i18n';

/** Said at once, and kept on screen: a facilitator removed this person, so nothing here reconnects. */
export function RemovedNotice() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice removed-notice">
      <p>
        <strong>{t('people.removed')}</strong>
      </p>
      <p>{t('people.removedHelp')}</p>
      <p>
        <Link to="/">{t('errors.goHome')}</Link>
      </p>
    </div>
  );
}
