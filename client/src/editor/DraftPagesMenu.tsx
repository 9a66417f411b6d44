import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { useTranslation } from '../i18n';

export interface PageLink {
  to: string;
  label: string;
}

interface Props {
  links: PageLink[];
  /** A narrow screen: the links fold into one "Pages" menu. */
  narrow: boolean;
  /** Shown in the menu after the links on a narrow screen, beside them otherwise. */
  extra?: ReactNode;
}

/**
 * The other pages of a draft (coverage, review, history…): a row of links on
 * a wide screen; on a phone one "Pages" button that opens them, so the text
 * comes first. Escape or a click elsewhere closes it.
 */
export function DraftPagesMenu({ links, narrow, extra }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const list = (
    <ul className="draft-pages-list" id={`${id}-list`}>
      {links.map((link) => (
        <li key={link.to}>
          <Link to={link.to}>{link.label}</Link>
        </li>
      ))}
    </ul>
  );

  if (!narrow) {
    return (
      <nav className="draft-pages" aria-label={t('workspace.pagesLabel')} ref={root}>
        {list}
        {extra}
      </nav>
    );
  }
  return (
    <nav
      className="draft-pages draft-pages-menu"
      aria-label={t('workspace.pagesLabel')}
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button ref={button} type="button" className="secondary" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        {t('workspace.pages')}
        <span aria-hidden="true"> ▾</span>
      </button>
      <div id={`${id}-panel`} className="draft-pages-panel" hidden={!open}>
        {list}
        {extra}
      </div>
    </nav>
  );
}
