import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from './i18n';
import { LanguagePicker } from './LanguagePicker';

/** The frame of every page: skip link, banner, main landmark, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  const [pathname] = useLocation();
  const first = useRef(true);
  const { t } = useTranslation();

  // After a client-side navigation, move focus to the new page's content, as a
  // full page load would, so keyboard and screen reader users start at the top.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root) return;
    const focusTitle = () => {
      const heading = root.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusTitle()) return;
    // The new page is still loading: hold focus on the content, and move it to
    // the title when the title arrives, unless the person has moved on by then.
    root.focus();
    const observer = new MutationObserver(() => {
      if (document.activeElement !== root || focusTitle()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="banner">
        <Link to="/" className="brand">
          {t('appName')}
        </Link>
        <LanguagePicker />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}
