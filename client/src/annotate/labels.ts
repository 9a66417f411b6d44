import type { Need, Principle } from '@charter/shared';
import { strings } from '../strings';

/**
 * What a chip says for a linked principle or need. Links can name ids this
 * page has not loaded yet (a need recorded a moment ago in another tab), so
 * each falls back to something honest rather than nothing.
 */
export function principleLabel(id: string, principles: Principle[] | null): string {
  return principles?.find((p) => p.id === id)?.title ?? id;
}

export function needLabel(id: string, needs: Need[] | null): string {
  return needs?.find((n) => n.id === id)?.statement ?? strings.gutter.unknownNeed;
}

/** "3 comments", with a singular. */
export function commentCount(n: number): string {
  return n === 1 ? strings.gutter.oneComment : strings.gutter.comments.replace('{n}', String(n));
}
