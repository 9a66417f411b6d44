import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewClause } from './reviewModel';

/** How much of a clause the contents quote. */
const EXCERPT_CHARS = 60;

/** Wide enough for the contents to sit open beside the text. */
const WIDE = '(min-width: 64rem)';

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
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.matchMedia(WIDE).matches);

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
