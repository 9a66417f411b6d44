import type { Amendment } from '@charter/shared';
import type { NowDiscussing } from './sessionMap';

/** What the room is discussing, as every client shows it. */
export interface Discussion {
  clauseId: string;
  since: string;
  /** The amendment under discussion; null for the clause itself (or an amendment not arrived yet). */
  amendment: Amendment | null;
  /** The amendment was decided or withdrawn: its discussion is over, its outcome shown. */
  ended: boolean;
}

/**
 * The session's "now discussing" read with the draft's amendments. An
 * amendment that is no longer open ends its discussion on every client at
 * once, without waiting for the facilitator to write to the session.
 */
export function currentDiscussion(now: NowDiscussing | null, amendments: readonly Amendment[]): Discussion | null {
  if (!now) return null;
  const amendment = now.amendmentId ? (amendments.find((a) => a.id === now.amendmentId && a.clauseId === now.clauseId) ?? null) : null;
  return { clauseId: now.clauseId, since: now.since, amendment, ended: amendment !== null && amendment.status !== 'open' };
}
