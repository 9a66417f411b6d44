import { useLayoutEffect } from 'react';
import { useTranslation } from './i18n';

/** Name the browser tab after the page, so screen readers announce where you are. */
export function useDocumentTitle(title: string | null): void {
  const { t, language } = useTranslation();
  const appName = t('appName');
  // With the page it names, not a paint later.
  useLayoutEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName, language]);
}
