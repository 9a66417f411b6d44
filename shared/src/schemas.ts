import { z } from 'zod';
import { DRAFT_KINDS, DRAFT_STATUSES } from './api.js';
import { LANGUAGES } from './principles.js';

/** Request bodies of the HTTP API, checked by the server's routes. */
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
  /** Start with the usual sections of its kind, in this language (see templates.ts). */
  template: z.enum(LANGUAGES).optional(),
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

/** `POST /api/initiatives/:id/invites/:role`: optionally, when the new link stops working. */
export const NewInviteBody = z.strictObject({
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});
export type NewInviteBody = z.infer<typeof NewInviteBody>;
