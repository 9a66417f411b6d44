import type { Clause } from '@charter/shared';
import { useTranslation } from '../i18n';
import { hasWrittenClause } from './UnansweredNeeds';

/** How much of a clause's text to quote beside its number. */
const EXCERPT_CHARS = 120;

function excerpt(text: string): string {
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text;
}

interface Props {
  ids: string[];
  clauses: Clause[];
  label: string;
}

/**
 * "Answered by: Clause 2 “Everyone has…”", or plainly why none does yet: no
 * clause is linked, or nobody has written one.
 */
export function ClauseRefs({ ids, clauses, label }: Props) {
  const { t } = useTranslation();
  if (ids.length === 0) {
    return <p className="muted coverage-none">{hasWrittenClause(clauses) ? t('coverage.noClauseLinked') : t('coverage.noClauseWritten')}</p>;
  }
  return (
    <div className="clause-refs">
      <p className="muted">{label}</p>
      <ul>
        {ids.map((id) => {
          const index = clauses.findIndex((clause) => clause.id === id);
          return (
            <li key={id}>
              <strong>{t('coverage.clause', { n: index + 1 })}</strong> <q>{excerpt(clauses[index]?.text ?? '')}</q>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
