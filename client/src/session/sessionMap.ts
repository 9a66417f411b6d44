import type * as Y from 'yjs';
import { SESSION_MAP } from '@charter/shared';

/** The clause the facilitator put up for discussion, and since when (ISO time). */
export interface NowDiscussing {
  clauseId: string;
  since: string;
  /** When an amendment to the clause is what is discussed: its id. */
  amendmentId?: string;
}

/** Where the facilitator is while follow-me is on, and when they got there (ISO time). */
export interface FollowMe {
  clauseId: string;
  at: string;
}

export interface LiveSession {
  nowDiscussing: NowDiscussing | null;
  followMe: FollowMe | null;
}

function sessionMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(SESSION_MAP);
}

/** A `{clauseId, <time>}` record, or null for anything else a modified client might have left. */
function clauseAtTime(value: unknown, timeKey: 'since' | 'at'): { clauseId: string; time: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const time = record[timeKey];
  if (typeof record.clauseId !== 'string' || typeof time !== 'string' || Number.isNaN(Date.parse(time))) return null;
  return { clauseId: record.clauseId, time };
}

export function readLiveSession(doc: Y.Doc): LiveSession {
  const map = sessionMap(doc);
  const discussing = clauseAtTime(map.get('nowDiscussing'), 'since');
  const following = clauseAtTime(map.get('followMe'), 'at');
  const amendmentId = (map.get('nowDiscussing') as { amendmentId?: unknown } | undefined)?.amendmentId;
  return {
    nowDiscussing: discussing && {
      clauseId: discussing.clauseId,
      since: discussing.time,
      ...(typeof amendmentId === 'string' ? { amendmentId } : {}),
    },
    followMe: following && { clauseId: following.clauseId, at: following.time },
  };
}

/**
 * Put a clause, or an amendment to it, up for discussion; its timer starts now.
 * Again on the same clause and amendment keeps the timer.
 */
export function startDiscussing(doc: Y.Doc, clauseId: string, amendmentId?: string): void {
  const now = readLiveSession(doc).nowDiscussing;
  if (now?.clauseId === clauseId && now.amendmentId === amendmentId) return;
  const value: NowDiscussing = { clauseId, since: new Date().toISOString(), ...(amendmentId ? { amendmentId } : {}) };
  sessionMap(doc).set('nowDiscussing', value);
}

export function stopDiscussing(doc: Y.Doc): void {
  sessionMap(doc).delete('nowDiscussing');
}

/** Follow-me is on while `followMe` is set; written only when the clause changes. */
export function followMeAt(doc: Y.Doc, clauseId: string): void {
  if (readLiveSession(doc).followMe?.clauseId === clauseId) return;
  const value: FollowMe = { clauseId, at: new Date().toISOString() };
  sessionMap(doc).set('followMe', value);
}

export function stopFollowMe(doc: Y.Doc): void {
  sessionMap(doc).delete('followMe');
}
