import type { Language } from './principles.js';
import type { Role } from './roles.js';

/**
 * The wire shapes of the HTTP API (CONTRACT.md): the vocabularies and the
 * responses the client reads. The request schemas are in schemas.ts, so pages
 * that only read these do not carry zod.
 */
export const DRAFT_KINDS = ['resolution', 'charter', 'ordinance', 'proclamation'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const DRAFT_STATUSES = ['drafting', 'review', 'adopted'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export interface Invite {
  token: string;
  url: string;
  /** When the link stops working, if it was given an expiry. */
  expiresAt?: string;
}

export interface CreatedInitiative {
  id: string;
  invites: Record<Role, Invite>;
}

export interface Initiative {
  id: string;
  name: string;
  place: string;
  createdAt: string;
}

export interface DraftSummary {
  id: string;
  title: string;
  kind: DraftKind;
  status: DraftStatus;
  updatedAt: string;
  /** Put away from the list by a facilitator; never deleted, and restorable. */
  archived: boolean;
}

export interface Draft extends DraftSummary {
  /** The language the draft is written in. */
  language: Language;
  initiativeId: string;
}

/** A person who joined with an invite (`POST /api/participants`). */
export interface Participant {
  id: string;
  name: string;
  role: Role;
  communities: string[];
  language?: Language;
}

/** `POST /api/participants`: the person, and their personal token (shown once). */
export interface JoinedParticipant extends Participant {
  token: string;
}

/** One row of a facilitator's roster. */
export interface RosterEntry extends Participant {
  joinedAt: string;
  lastSeenAt: string;
  /** Connected to one of the initiative's drafts right now. */
  online: boolean;
}

export const ACTIVITY_KINDS = ['status', 'version', 'restore', 'amendment', 'participant_removed'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** One line of a draft's activity log: who did what, when. */
export interface ActivityEntry {
  at: string;
  kind: ActivityKind;
  author: { id: string; name: string } | null;
  detail: string;
}

/** `GET /api/drafts/:id/participation`: counts per community, never a name. */
export interface Participation {
  communities: Array<{
    community: string;
    /** People of this community who worked on this draft. */
    participants: number;
    contributions: { edits: number; comments: number; amendments: number; stances: number };
    /** Needs naming this community: recorded, answered by a clause, and voiced first-hand. */
    needs: { voiced: number; answered: number; firstHand: number };
  }>;
  /** Communities with a need no clause answers and nobody of theirs who took part. */
  unheard: string[];
  /** Work done with an invite token: nobody to count it for. */
  unidentified: { edits: number; comments: number };
}

/** What an invite token opens: `GET /api/session`. */
export interface Session {
  role: Role;
  initiative: Initiative;
  /** The person a personal token names; null for an invite token. */
  participant: Participant | null;
}

export interface ApiError {
  error: { code: string; message: string };
}

/** `GET /api/settings`: what the server asks of someone starting an initiative. */
export interface ServerSettings {
  adminTokenRequired: boolean;
}
