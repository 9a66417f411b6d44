/**
 * The catalogue of principles a clause can serve (see principles.md): the
 * Gwangju Guiding Principles for a Human Rights City (2014) and the Jemez
 * Principles for Democratic Organizing (1996). Ids are stored in documents:
 * they never change. Titles are the published names; summaries are ours.
 */
export const LANGUAGES = ['en', 'es', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export type PrincipleFamily = 'hrc' | 'jemez';

export interface Principle {
  id: string;
  family: PrincipleFamily;
  title: string;
  summary: string;
}

/** Every principle's id, in the catalogue's published order (principleCatalogue.ts holds the words). */
const IDS = [
  'hrc.right-to-the-city',
  'hrc.non-discrimination',
  'hrc.social-inclusion',
  'hrc.participatory-democracy',
  'hrc.social-justice',
  'hrc.political-leadership',
  'hrc.mainstreaming',
  'hrc.policy-coordination',
  'hrc.education',
  'hrc.right-to-remedy',
  'jemez.be-inclusive',
  'jemez.bottom-up',
  'jemez.speak-for-themselves',
  'jemez.solidarity',
  'jemez.just-relationships',
  'jemez.self-transformation',
] as const;
export type PrincipleId = (typeof IDS)[number];
export const PRINCIPLE_IDS: readonly string[] = IDS;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Rights areas for recorded community needs (UDHR and the two Covenants). */
export const RIGHTS_AREAS = [
  'housing',
  'food',
  'water-sanitation',
  'health',
  'education',
  'work',
  'social-security',
  'environment',
  'mobility',
  'safety-justice',
  'participation',
  'expression-assembly',
  'culture-language',
  'language-access',
  'non-discrimination',
  'indigenous-rights',
  'migrant-rights',
  'disability-rights',
  'children-youth',
  'other',
] as const;
export type RightsArea = (typeof RIGHTS_AREAS)[number];
