import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { useWide } from './useWide';

/**
 * Downloads, the reader's review mark and the reading language: side by side
 * above the text on a wide screen; folded under one line on a phone, so the
 * text comes first there.
 */
export function ReviewTools({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const wide = useWide();
  const [open, setOpen] = useState(wide);
  // Turned wide, the tools are open: a wide screen shows no line to open them with.
  useEffect(() => {
    if (wide) setOpen(true);
  }, [wide]);

  return (
    <details className="review-tools" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('review.tools')}</summary>
      <div className="review-tools-grid">{children}</div>
    </details>
  );
}
