import { z } from 'zod';
import type { Role } from './roles.js';

/**
 * The wire shapes of the HTTP API (CONTRACT.md). Request bodies are zod schemas,
 * checked by the server's routes; responses are plain types the client reads.
 */
export const DRAFT_KINDS = ['resolution', 'charter', 'ordinance', 'proclamation'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const DRAFT_STATUSES = ['drafting', 'review', 'adopted'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** A name-like field: trimmed, not empty, bounded. */
const text = (max: number) => z.string().trim().min(1).max(max);

export const CreateInitiativeBody = z.strictObject({
  name: text(200),
  place: text(200),
});
export type CreateInitiativeBody = z.infer<typeof CreateInitiativeBody>;

export const CreateDraftBody = z.strictObject({
  title: text(200),
  kind: z.enum(DRAFT_KINDS),
});
export type CreateDraftBody = z.infer<typeof CreateDraftBody>;

export const UpdateDraftBody = z
  .strictObject({
    title: text(200).optional(),
    status: z.enum(DRAFT_STATUSES).optional(),
  })
  .refine((body) => body.title !== undefined || body.status !== undefined, {
    message: 'Give a title or a status to change.',
  });
export type UpdateDraftBody = z.infer<typeof UpdateDraftBody>;

export interface Invite {
  token: string;
  url: string;
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
