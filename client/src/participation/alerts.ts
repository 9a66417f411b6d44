import type { TFunction } from '../i18n';
import type { Participation } from '@charter/shared';

/**
 * What a facilitator should act on, in plain words: communities whose needs
 * wait for an answer while nobody of theirs has taken part, and communities
 * whose needs were all voiced by others on their behalf.
 */
export function participationAlerts(participation: Participation, t: TFunction): string[] {
  const alerts: string[] = [];
  for (const name of participation.unheard) {
    const row = participation.communities.find((c) => c.community === name);
    if (!row) continue;
    const waiting = row.needs.voiced - row.needs.answered;
    alerts.push(
      row.needs.answered === 0
        ? t('participation.alertNoneAnswered', { community: name, count: row.needs.voiced })
        : t('participation.alertSomeWaiting', { community: name, count: row.needs.voiced, waiting }),
    );
  }
  for (const row of participation.communities) {
    if (row.needs.voiced > 0 && row.needs.firstHand === 0) alerts.push(t('participation.alertAllByAllies', { community: row.community }));
  }
  return alerts;
}

/** People counts of 1 or 2 could point at someone: they show as "fewer than 3". */
export function peopleCount(count: number, t: TFunction): string {
  return count > 0 && count < 3 ? t('participation.fewerThan3') : String(count);
}
