import { DRAFT_STATUSES, type ActivityEntry, type DraftStatus } from '@charter/shared';
import type { TFunction } from '../i18n';

function isStatus(value: string): value is DraftStatus {
  return (DRAFT_STATUSES as readonly string[]).includes(value);
}

/** One line of the activity log in plain words: "Bruno put the draft in review". */
export function activityLine(entry: ActivityEntry, t: TFunction): string {
  const who = entry.author?.name ?? t('notes.anonymous');
  switch (entry.kind) {
    case 'status':
      return isStatus(entry.detail)
        ? t('activity.status', { who, status: t(`statuses.${entry.detail}`) })
        : t('activity.statusOther', { who, detail: entry.detail });
    case 'version':
      return t('activity.version', { who, detail: entry.detail });
    case 'restore':
      return t('activity.restore', { who, detail: entry.detail });
    case 'amendment':
      return t('activity.amendment', { who, detail: entry.detail });
    case 'participant_removed':
      return t('activity.removed', { who, detail: entry.detail });
  }
}
