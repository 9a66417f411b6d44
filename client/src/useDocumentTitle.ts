import { useEffect } from 'react';
import { useTranslation } from './i18n';

/** Name the browser tab after the page, so screen readers announce where you are. */
export function useDocumentTitle(title: string | null): void {
  const { t, language } = useTranslation();
  const appName = t('appName');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName, language]);
}
