import { useEffect } from 'react';
import { strings } from './strings';

/** Name the browser tab after the page, so screen readers announce where you are. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · ${strings.appName}` : strings.appName;
  }, [title]);
}
