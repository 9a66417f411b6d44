import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Name the browser tab after the page, so screen readers announce where you are. */
export function useDocumentTitle(title: string | null): void {
  const { t, i18n } = useTranslation();
  const appName = t('appName');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName, i18n.language]);
}
