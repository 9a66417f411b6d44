import { z } from 'zod';
import { DRAFT_KINDS, LANGUAGES, RIGHTS_AREAS, ROLES } from '@charter/shared';
import { EXPORT_FORMATS } from '../export/index.js';

/**
 * Query strings and path parameters, checked with zod like bodies are
 * (see validate.ts): a wrong value is a 400 that names it.
 */

const oneOf = (values: readonly string[]) => ({ error: `expected one of ${values.join(', ')}.` });
const language = z.enum(LANGUAGES, oneOf(LANGUAGES));

/** `?lang=`: a language of the app, when given. */
export const LanguageQuery = z.object({ lang: language.optional() });

/** `GET clauses?lang=&version=`: in another language, or as a version kept it. */
export const ClausesQuery = z.object({ lang: language.optional(), version: z.string().optional() });

/** `GET coverage?lang=`: the principles' titles in that language (English when not given). */
export const CoverageQuery = z.object({ lang: language.default('en') });

/** `GET export?format=&lang=&text=&version=`. */
export const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, oneOf(EXPORT_FORMATS)),
  /** The language of the labels. */
  lang: language.default('en'),
  /** The language the text is given in; `both`: the original beside its translation into `lang`. */
  text: z.enum([...LANGUAGES, 'both'], oneOf(LANGUAGES)).optional(),
  version: z.string().optional(),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

/** `GET diff?from=&to=`: two sides, each a version id; `from` may be "reviewed", `to` "current". */
export const DiffQuery = z.object({
  from: z.string({ error: 'give a version id or "reviewed".' }).min(1, { error: 'give a version id or "reviewed".' }),
  to: z
    .string()
    .refine((to) => to !== 'reviewed', { error: 'give a version id or "current".' })
    .default('current'),
});

/** `POST /api/initiatives/:id/drafts/import?title=&kind=[&language=][&preview=1]`. */
export const ImportQuery = z.strictObject({
  title: z.string().trim().min(1).max(200),
  kind: z.enum(DRAFT_KINDS),
  /** The language the text is written in (en when not given). */
  language: z.enum(LANGUAGES).optional(),
  /** `1`: the clauses the file would make, and no draft. */
  preview: z.enum(['1', 'true']).optional(),
});

/** `:lang` in a path: a language of the app. */
export const LanguageParams = z.object({ lang: language });

/** `:role` in a path: one of the four roles. */
export const RoleParams = z.object({ role: z.enum(ROLES, oneOf(ROLES)) });

/** `GET needs?community=&rightsArea=&archived=true`: archived needs only when asked for. */
export const NeedsQuery = z.object({
  community: z.string().transform((name) => name.trim().toLowerCase()).optional(),
  rightsArea: z.enum(RIGHTS_AREAS, oneOf(RIGHTS_AREAS)).optional(),
  archived: z.string().transform((value) => value === 'true').optional(),
});
export type NeedsQuery = z.infer<typeof NeedsQuery>;
