import type * as Y from 'yjs';
import type { Author } from './annotations.js';
import { AMENDMENTS_MAP } from './documents.js';

/**
 * Amendments and consent (CONTRACT.md): new wording for one clause, the stances
 * people take on it, and the facilitator's decision. The wire shapes here are
 * the API's and the `.decisions` document's alike.
 */
export const AMENDMENT_STANCES = ['support', 'stand_aside', 'concern', 'object', 'block'] as const;
export type AmendmentStance = (typeof AMENDMENT_STANCES)[number];

/** Stances that say no, and so must say why. */
export const STANCES_NEEDING_REASON: readonly AmendmentStance[] = ['object', 'block'];

export const AMENDMENT_STATUSES = ['open', 'accepted', 'declined', 'withdrawn', 'superseded'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

export const MAX_AMENDMENT_TEXT = 10_000;
export const MAX_AMENDMENT_NOTE = 2_000;
/** A block is overridden only with a reason at least this long: a word is not a reason. */
export const MIN_OVERRIDE_LENGTH = 20;

/** How an amendment was closed, by whom and when (null while it is open). */
export interface AmendmentDecision {
  by: Author | null;
  at: string;
  note: string | null;
  /** The reason a standing block was overridden, when one was. */
  override: string | null;
}

export interface Amendment {
  id: string;
  clauseId: string;
  /** The clause's text when the amendment was proposed. */
  baseText: string;
  text: string;
  rationale: string | null;
  author: Author | null;
  status: AmendmentStatus;
  stances: Record<AmendmentStance, number>;
  reasons: Array<{ stance: AmendmentStance; reason: string }>;
  createdAt: string;
  decision: AmendmentDecision | null;
}

export function isAmendmentStance(value: unknown): value is AmendmentStance {
  return typeof value === 'string' && (AMENDMENT_STANCES as readonly string[]).includes(value);
}

/** Every amendment of a `.decisions` document, oldest first (what the server wrote; nothing else writes it). */
export function readAmendments(decisions: Y.Doc): Amendment[] {
  const amendments: Amendment[] = [];
  decisions.getMap<unknown>(AMENDMENTS_MAP).forEach((value) => {
    if (value && typeof value === 'object' && 'id' in value && 'clauseId' in value) amendments.push(value as Amendment);
  });
  return amendments.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export type StanceCounts = Record<AmendmentStance, number>;

/** Communities with fewer people than this who stood are not named in a tally. */
export const MIN_TALLY_GROUP = 3;

/**
 * `GET /api/amendments/:id/tally`: where people stand, residents by community
 * and officials (reviewers) apart. Counts only: no name or id. A person counts
 * once in each community they gave; only communities with at least
 * MIN_TALLY_GROUP residents who stood are named, so no small group (and no one
 * person's communities) can be read from it.
 */
export interface AmendmentTally {
  byStance: StanceCounts;
  /** Everyone who stood but the officials. */
  residents: StanceCounts;
  communities: Array<{ community: string; people: number } & StanceCounts>;
  /** Communities with one or two residents who stood: counted among residents, not named. */
  smallCommunities: number;
  /** Residents who gave no community. */
  withoutCommunity: number;
  officials: StanceCounts;
}

export function noStances(): StanceCounts {
  return Object.fromEntries(AMENDMENT_STANCES.map((stance) => [stance, 0])) as StanceCounts;
}
