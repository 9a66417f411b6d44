import { Link } from 'wouter';
import { useTranslation } from '../i18n';
import { useDocumentTitle } from '../useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFound'));
  return (
    <>
      <h1 tabIndex={-1}>{t('errors.notFound')}</h1>
      <p>
        <Link to="/">{t('errors.goHome')}</Link>
      </p>
    </>
  );
}
