import type { ClauseDiff, TextChange } from '@charter/shared';
import { useTranslation } from '../i18n';
import { Changes } from '../ui/WordDiff';
import { useLinkNames } from './useLinkNames';

interface Props {
  clauses: ClauseDiff[];
  /** Leave out the clauses that did not change (for "since I last reviewed"). */
  changedOnly?: boolean;
  token: string;
  initiativeId: string;
}

/**
 * What changed, clause by clause in the text's order. Added and removed words
 * are <ins> and <del> with a word a screen reader says ("added:", "removed:"),
 * and a visible mark, so colour is never the only sign.
 */
export function DiffView({ clauses, changedOnly = false, token, initiativeId }: Props) {
  const { t } = useTranslation();
  const linkName = useLinkNames(token, initiativeId);
  const shown = changedOnly ? clauses.filter((clause) => clause.status !== 'unchanged' || hasLinks(clause)) : clauses;
  if (shown.length === 0) return <p className="notice">{changedOnly ? t('history.nothingSince') : t('history.noClauses')}</p>;

  return (
    <ol className="diff" aria-label={t('history.diffHeading')}>
      {shown.map((clause) => (
        <li key={clause.clauseId} className={`diff-clause diff-${clause.status}`} data-status={clause.status}>
          <p className="diff-status">
            <strong>{t(`history.status.${clause.status}`)}</strong>
          </p>
          <ClauseText clause={clause} />
          {hasLinks(clause) && (
            <ul className="diff-links">
              {clause.links.added.map((id) => (
                <li key={`+${id}`}>{t('history.linkAdded', { name: linkName(id) })}</li>
              ))}
              {clause.links.removed.map((id) => (
                <li key={`-${id}`}>{t('history.linkRemoved', { name: linkName(id) })}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function hasLinks(clause: ClauseDiff): boolean {
  return clause.links.added.length > 0 || clause.links.removed.length > 0;
}

function ClauseText({ clause }: { clause: ClauseDiff }) {
  const { t } = useTranslation();
  const empty = t('review.emptyClause');
  const changes = clauseChanges(clause, empty);
  return <p className="diff-text">{changes ? <Changes changes={changes} /> : clause.after || empty}</p>;
}

/** A clause's changes; one added or removed whole is one change, marked like a word's. */
function clauseChanges(clause: ClauseDiff, empty: string): readonly TextChange[] | null {
  if (clause.status === 'changed') return clause.changes;
  if (clause.status === 'removed') return [{ op: 'delete', text: clause.before || empty }];
  if (clause.status === 'added') return [{ op: 'insert', text: clause.after || empty }];
  return null;
}
