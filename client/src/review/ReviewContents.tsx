import { useState } from 'react';
import { useTranslation } from '../i18n';
import type { ReviewClause } from './reviewModel';
import { useWide } from './useWide';

/** How much of a clause the contents quote. */
const EXCERPT_CHARS = 60;

function excerpt(text: string): string {
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text;
}

/**
 * The table of contents: every heading and clause by number, each a link to it.
 * Open beside the text on a wide screen; folded above it on a phone, where
 * twelve lines would push the text down.
 */
export function ReviewContents({ clauses }: { clauses: ReviewClause[] }) {
  const { t } = useTranslation();
  const wide = useWide();
  const [open, setOpen] = useState(wide);

  return (
    <nav className="review-contents" aria-label={t('review.contents')}>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('review.contentsCount', { n: clauses.length })}</summary>
        <ol>
          {clauses.map((clause) => (
            <li key={clause.id} className={clause.heading ? 'is-heading' : undefined}>
              <a href={`#clause-${clause.id}`}>
                <span className="review-contents-number">{clause.n}</span> <span dir="auto">{excerpt(clause.text || t('review.emptyClause'))}</span>
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
