import type { Need, Principle } from '@charter/shared';
import { formatNumber } from '../format';
import { i18n } from '../i18n';

/**
 * What a chip says for a linked principle or need. Links can name ids this
 * page has not loaded yet (a need recorded a moment ago in another tab), so
 * each falls back to something honest rather than nothing.
 */
export function principleLabel(id: string, principles: Principle[] | null): string {
  return principles?.find((p) => p.id === id)?.title ?? id;
}

export function needLabel(id: string, needs: Need[] | null): string {
  return needs?.find((n) => n.id === id)?.statement ?? i18n.t('gutter.unknownNeed');
}

/** "3 comments", with a singular. */
export function commentCount(n: number): string {
  return n === 1 ? i18n.t('gutter.oneComment') : i18n.t('gutter.comments', { n: formatNumber(n) });
}

/** "2 open amendments", with a singular. */
export function amendmentCount(n: number): string {
  return n === 1 ? i18n.t('amend.gutterOne') : i18n.t('amend.gutterMany', { n: formatNumber(n) });
}
