import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
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
