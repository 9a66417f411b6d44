import { useTranslation } from '../i18n';
import { formatNumber } from '../format';
import { STANCE_ICONS, stanceList, type StanceCounts as Counts } from './stances';

/** "✓ 2 for · ✗ 1 against": the stances taken on a clause, in words and marks. */
export function StanceCounts({ counts, className }: { counts: Counts | undefined; className?: string }) {
  const { t } = useTranslation();
  const list = stanceList(counts);
  if (list.length === 0) return null;
  return (
    <span className={`stance-counts ${className ?? ''}`}>
      {list.map(({ stance, n }) => (
        <span key={stance} className="stance-count" data-stance={stance}>
          <span aria-hidden="true">{STANCE_ICONS[stance]} </span>
          {t(`stances.count.${stance}`, { n: formatNumber(n) })}
        </span>
      ))}
    </span>
  );
}

/** What a comment stands for, on the comment itself. */
export function StanceTag({ stance }: { stance: keyof typeof STANCE_ICONS }) {
  const { t } = useTranslation();
  return (
    <span className="stance-tag" data-stance={stance}>
      <span aria-hidden="true">{STANCE_ICONS[stance]} </span>
      {t(`stances.name.${stance}`)}
    </span>
  );
}
