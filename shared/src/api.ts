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
}

export interface Draft extends DraftSummary {
  initiativeId: string;
}

/** What an invite token opens: `GET /api/session`. */
export interface Session {
  role: Role;
  initiative: Initiative;
}

export interface ApiError {
  error: { code: string; message: string };
}

/** `GET /api/settings`: what the server asks of someone starting an initiative. */
export interface ServerSettings {
  adminTokenRequired: boolean;
}
