// zod/mini: the same checks as zod, in a form the browser's bundle can keep small
// (the editor reads annotations too). The request bodies are in schemas.ts.
import { z } from 'zod/mini';
import { ID_PATTERN } from './documents.js';
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

const ID = z.string().check(z.regex(ID_PATTERN, 'expected an id'));
export const MAX_COMMENT_LENGTH = 5000;

/** Who wrote a record, as the server vouches for it: the person of a personal token. */
export const Author = z.object({ id: ID, name: z.string().check(z.minLength(1), z.maxLength(80)) });
export type Author = z.infer<typeof Author>;

const base = {
  id: ID,
  clauseId: ID,
  /**
   * Set by the server from the token that made the record; null when it was made
   * with an invite token (anonymous). A plain name is how records were kept before.
   */
  author: z.nullable(z.union([Author, z.string()])),
  createdAt: z.iso.datetime(),
};

/** Where a comment stands on its clause. */
export const COMMENT_STANCES = ['for', 'against', 'concern', 'question'] as const;
export type CommentStance = (typeof COMMENT_STANCES)[number];

export const PrincipleLink = z.object({ ...base, type: z.literal('principle'), principleId: z.enum(PRINCIPLE_IDS as [string, ...string[]]) });
export const NeedLink = z.object({ ...base, type: z.literal('need'), needId: ID });
export const Comment = z.object({
  ...base,
  type: z.literal('comment'),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_COMMENT_LENGTH)),
  /** A reply names the comment that opened its thread. */
  parentId: z.optional(ID),
  resolved: z._default(z.boolean(), false),
  stance: z.optional(z.enum(COMMENT_STANCES)),
  /** A reviewer's (an official's) reply marked as the official answer to its thread. */
  official: z.optional(z.boolean()),
});

/** The name to show for a record's author; null for anonymous work. */
export function authorName(author: Author | string | null): string | null {
  if (author === null) return null;
  return typeof author === 'string' ? author : author.name;
}

/** The person who wrote a record, if a person did (not anonymous, not a record kept before people). */
export function authorId(author: Author | string | null | undefined): string | null {
  return author !== null && typeof author === 'object' ? author.id : null;
}

export const Annotation = z.discriminatedUnion('type', [PrincipleLink, NeedLink, Comment]);
export type PrincipleLink = z.infer<typeof PrincipleLink>;
export type NeedLink = z.infer<typeof NeedLink>;
export type Comment = z.infer<typeof Comment>;
export type Annotation = z.infer<typeof Annotation>;

export const NEED_VOICES = ['community', 'ally', 'organisation'] as const;
export type NeedVoice = (typeof NEED_VOICES)[number];

export interface Need {
  id: string;
  statement: string;
  communities: string[];
  /** The first of `rightsAreas`, for readers that know one area. */
  rightsArea: (typeof RIGHTS_AREAS)[number];
  /** Every rights area the need touches, one or more. */
  rightsAreas: Array<(typeof RIGHTS_AREAS)[number]>;
  source: string;
  date: string;
  archived: boolean;
  /** Who recorded it (null: anonymous, or recorded before people joined by name). */
  author: Author | null;
  /** Voiced first-hand by the community, or on its behalf by an ally or an organisation. */
  voice: NeedVoice;
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
  needs: Array<{ id: string; statement: string; communities: string[]; rightsArea: string; rightsAreas: Array<(typeof RIGHTS_AREAS)[number]>; clauses: string[] }>;
  /** Needs that no clause answers yet: the ones the draft still leaves out. */
  unansweredNeeds: string[];
  /** The same, grouped by the communities that voice them. */
  unansweredByCommunity: Array<{ community: string; needs: string[] }>;
  /** Annotations whose clause is gone from the text, with the clause's last text. */
  detached: Array<{ clauseId: string; lastText: string; annotations: string[] }>;
}
