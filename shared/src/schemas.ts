import { z } from 'zod';
import { AMENDMENT_STANCES, MAX_AMENDMENT_NOTE, MAX_AMENDMENT_TEXT, STANCES_NEEDING_REASON } from './amendments.js';
import { DRAFT_KINDS, DRAFT_STATUSES } from './api.js';
import { COMMENT_STANCES, MAX_COMMENT_LENGTH, NEED_VOICES } from './annotations.js';
import { ID_PATTERN } from './documents.js';
import { MAX_DRAFT_TITLE } from './fields.js';
import { LANGUAGES, RIGHTS_AREAS } from './principles.js';
import { MAX_TRANSLATION_LENGTH } from './translations.js';
import { MAX_VERSION_NAME } from './versions.js';

/** Request bodies of the HTTP API, checked by the server's routes. */
/** A name-like field: trimmed, not empty, bounded. */
const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * A body that makes a record someone wrote (an annotation, a need, a version,
 * an amendment, a stance, a decision). Its author is the token's person, set
 * by the server: an `author`, or a `name` the record has no field for, that a
 * request carries is ignored (dropped before the check), while any other
 * unknown key is still refused.
 */
function authored<T extends z.ZodType>(schema: T, ignored: ReadonlyArray<'author' | 'name'> = ['author', 'name']) {
  return z.preprocess((input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
    const kept: Record<string, unknown> = { ...input };
    for (const key of ignored) delete kept[key];
    return kept;
  }, schema);
}

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
  /** The language the draft is written in: the template's when not given, else English. */
  language: z.enum(LANGUAGES).optional(),
});
export type CreateDraftBody = z.infer<typeof CreateDraftBody>;

export const UpdateDraftBody = z
  .strictObject({
    title: text(200).optional(),
    status: z.enum(DRAFT_STATUSES).optional(),
    /** Put the draft away (true) or back in the list (false); nothing is deleted. */
    archived: z.boolean().optional(),
  })
  .refine((body) => body.title !== undefined || body.status !== undefined || body.archived !== undefined, {
    message: 'Give a title, a status or an archived flag to change.',
  });
export type UpdateDraftBody = z.infer<typeof UpdateDraftBody>;

/** `POST /api/drafts/:id/duplicate`: the copy's title (else the original's, marked as a copy). */
export const DuplicateDraftBody = z.strictObject({
  title: text(MAX_DRAFT_TITLE).optional(),
});

export type DuplicateDraftBody = z.infer<typeof DuplicateDraftBody>;

/** `POST /api/initiatives/:id/invites/:role`: optionally, when the new link stops working. */
export const NewInviteBody = z.strictObject({
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});
export type NewInviteBody = z.infer<typeof NewInviteBody>;

const ID = z.string().regex(ID_PATTERN, 'expected an id');

/** `POST /api/drafts/:id/annotations`: what a caller sends; the server adds id, author and time. */
export const NewAnnotationBody = authored(z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('principle'), clauseId: ID, principleId: z.string().max(100) }),
  z.strictObject({ type: z.literal('need'), clauseId: ID, needId: ID }),
  z.strictObject({
    type: z.literal('comment'),
    clauseId: ID,
    text: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
    parentId: ID.optional(),
    stance: z.enum(COMMENT_STANCES).optional(),
    /** A reviewer's reply given as the official answer to its thread (needs parentId). */
    official: z.boolean().optional(),
  }),
]));
export type NewAnnotationBody = z.infer<typeof NewAnnotationBody>;

/** `PUT /api/drafts/:id/translations/:lang/:clauseId`: a clause's translation. */
export const TranslationBody = z.strictObject({
  text: z.string().trim().min(1).max(MAX_TRANSLATION_LENGTH),
});
export type TranslationBody = z.infer<typeof TranslationBody>;

/** The fields of a recorded community need, in the community's own words. */
const NeedFields = z.strictObject({
  statement: z.string().trim().min(1).max(2000),
  communities: z.array(z.string().trim().min(1).max(120)).min(1).max(20),
  /** One rights area: what every client sent first, and still may. */
  rightsArea: z.enum(RIGHTS_AREAS).optional(),
  /** One or more rights areas (unhoused youth is housing and education). */
  rightsAreas: z.array(z.enum(RIGHTS_AREAS)).min(1).max(RIGHTS_AREAS.length).optional(),
  source: z.string().trim().min(1).max(300),
  /** When it was recorded (YYYY-MM-DD); today when not given. */
  date: z.iso.date().optional(),
  /** Who voiced it: the community itself (the default), or an ally or organisation on its behalf. */
  voice: z.enum(NEED_VOICES).optional(),
});

const AREA_REQUIRED = { message: 'Give a rightsArea or rightsAreas: no area is chosen for you.', path: ['rightsAreas'] };

export const NeedBody = authored(NeedFields.refine((body) => body.rightsArea !== undefined || body.rightsAreas !== undefined, AREA_REQUIRED));
export type NeedBody = z.infer<typeof NeedBody>;

export const UpdateNeedBody = authored(
  NeedFields.partial()
    .extend({ archived: z.boolean().optional() })
    .strict()
    .refine((body) => Object.keys(body).length > 0, { message: 'Give at least one field to change.' }),
);
export type UpdateNeedBody = z.infer<typeof UpdateNeedBody>;

/** `POST /api/participants`: a person joins with an invite. */
export const JoinBody = z.strictObject({
  name: text(80),
  /** The communities they belong to or speak from, in their own words. */
  communities: z.array(text(60)).max(5).optional(),
  language: z.enum(LANGUAGES).optional(),
});
export type JoinBody = z.infer<typeof JoinBody>;

export const UpdateParticipantBody = JoinBody.partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Give a name, communities or a language to change.' });
export type UpdateParticipantBody = z.infer<typeof UpdateParticipantBody>;

/** `POST /api/drafts/:id/amendments`: new wording for one clause. */
export const NewAmendmentBody = authored(
  z.strictObject({
    clauseId: ID,
    text: z.string().trim().min(1).max(MAX_AMENDMENT_TEXT),
    rationale: z.string().trim().max(MAX_AMENDMENT_NOTE).optional(),
  }),
);
export type NewAmendmentBody = z.infer<typeof NewAmendmentBody>;

/** `POST /api/amendments/:id/stances`: where a person stands; a no says why. */
export const StanceBody = authored(
  z
    .strictObject({
      stance: z.enum(AMENDMENT_STANCES),
      reason: z.string().trim().max(MAX_AMENDMENT_NOTE).optional(),
    })
    .refine((body) => !STANCES_NEEDING_REASON.includes(body.stance) || (body.reason ?? '') !== '', {
      message: 'reason: an objection or a block needs a reason.',
      path: ['reason'],
    }),
);
export type StanceBody = z.infer<typeof StanceBody>;

/** `POST /api/amendments/:id/accept`: an optional note, and the reason for overriding a block. */
export const AcceptAmendmentBody = authored(
  z.strictObject({
    note: z.string().trim().max(MAX_AMENDMENT_NOTE).optional(),
    override: z.string().trim().max(MAX_AMENDMENT_NOTE).optional(),
  }),
);
export type AcceptAmendmentBody = z.infer<typeof AcceptAmendmentBody>;

/** `POST /api/amendments/:id/decline`: why it is declined. */
export const DeclineAmendmentBody = authored(
  z.strictObject({
    note: z.string().trim().min(1).max(MAX_AMENDMENT_NOTE),
  }),
);
export type DeclineAmendmentBody = z.infer<typeof DeclineAmendmentBody>;
/** `POST /api/drafts/:id/versions`: a version's name, as people will read it in the history. */
export const CreateVersionBody = authored(
  z.strictObject({
    name: text(MAX_VERSION_NAME),
  }),
  ['author'],
);
export type CreateVersionBody = z.infer<typeof CreateVersionBody>;
