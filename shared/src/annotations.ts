import { z } from 'zod';
import { PRINCIPLE_IDS, RIGHTS_AREAS } from './principles.js';

/**
 * Annotations live in the `<draftId>.notes` document: a Y.Map named
 * `annotations`, keyed by annotation id, whose values are Y.Maps with the
 * fields below (so a comment resolved by one person while another edits it
 * merges field by field). Each points at a clause by its `clauseId`.
 */
export const ANNOTATIONS_MAP = 'annotations';
/** The last text of every annotated clause, kept so a deleted clause's notes can say what it was. */
export const CLAUSE_TEXTS_MAP = 'clauseTexts';

const ID = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an id');
export const MAX_COMMENT_LENGTH = 5000;

const base = {
  id: ID,
  clauseId: ID,
  author: z.string().trim().min(1).max(80),
  createdAt: z.iso.datetime(),
};

export const PrincipleLink = z.object({ ...base, type: z.literal('principle'), principleId: z.enum(PRINCIPLE_IDS as [string, ...string[]]) });
export const NeedLink = z.object({ ...base, type: z.literal('need'), needId: ID });
export const Comment = z.object({
  ...base,
  type: z.literal('comment'),
  text: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
  /** A reply names the comment that opened its thread. */
  parentId: ID.optional(),
  resolved: z.boolean().default(false),
});

export const Annotation = z.discriminatedUnion('type', [PrincipleLink, NeedLink, Comment]);
export type PrincipleLink = z.infer<typeof PrincipleLink>;
export type NeedLink = z.infer<typeof NeedLink>;
export type Comment = z.infer<typeof Comment>;
export type Annotation = z.infer<typeof Annotation>;

/** `POST /api/drafts/:id/annotations`: what a caller sends; the server adds id, author and time. */
export const NewAnnotationBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('principle'), clauseId: ID, principleId: z.string().max(100) }),
  z.strictObject({ type: z.literal('need'), clauseId: ID, needId: ID }),
  z.strictObject({
    type: z.literal('comment'),
    clauseId: ID,
    text: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
    parentId: ID.optional(),
    author: z.string().trim().min(1).max(80).optional(),
  }),
]);
export type NewAnnotationBody = z.infer<typeof NewAnnotationBody>;

/** A recorded community need, in the community's own words. */
export const NeedBody = z.strictObject({
  statement: z.string().trim().min(1).max(2000),
  communities: z.array(z.string().trim().min(1).max(120)).min(1).max(20),
  rightsArea: z.enum(RIGHTS_AREAS),
  source: z.string().trim().min(1).max(300),
  /** When it was recorded (YYYY-MM-DD); today when not given. */
  date: z.iso.date().optional(),
});
export type NeedBody = z.infer<typeof NeedBody>;

export const UpdateNeedBody = NeedBody.partial()
  .extend({ archived: z.boolean().optional() })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Give at least one field to change.' });
export type UpdateNeedBody = z.infer<typeof UpdateNeedBody>;

export interface Need {
  id: string;
  statement: string;
  communities: string[];
  rightsArea: (typeof RIGHTS_AREAS)[number];
  source: string;
  date: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One entry of `GET /api/drafts/:id/clauses`. */
export interface Clause {
  id: string;
  text: string;
  principles: string[];
  needs: string[];
  comments: number;
}

/** `GET /api/drafts/:id/coverage`. */
export interface Coverage {
  principles: Array<{ id: string; family: string; title: string; clauses: string[] }>;
  needs: Array<{ id: string; statement: string; communities: string[]; rightsArea: string; clauses: string[] }>;
  /** Needs that no clause answers yet: the ones the draft still leaves out. */
  unansweredNeeds: string[];
  /** The same, grouped by the communities that voice them. */
  unansweredByCommunity: Array<{ community: string; needs: string[] }>;
  /** Annotations whose clause is gone from the text, with the clause's last text. */
  detached: Array<{ clauseId: string; lastText: string; annotations: string[] }>;
}
