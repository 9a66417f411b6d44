import * as Y from 'yjs';
import { z } from 'zod/mini';
import { Author } from './annotations.js';
import { readClauseTexts } from './clauseList.js';
import { LANGUAGES, type Language } from './principles.js';

/**
 * Translations live in the `<draftId>.translations` document, which only the
 * server writes: one Y.Map per language (`es`, `fr`, …), keyed by clause id,
 * whose values are plain records. Each keeps the clause's own text at the
 * moment it was saved (its source), so a later change to the clause shows.
 */
export const MAX_TRANSLATION_LENGTH = 10_000;

export const TRANSLATION_STATUSES = ['current', 'outdated', 'missing'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

export const TranslationEntry = z.object({
  text: z.string(),
  /** The clause's own text when the translation was saved. */
  source: z.string(),
  author: z.nullable(Author),
  savedAt: z.string(),
});
export type TranslationEntry = z.infer<typeof TranslationEntry>;

/** What the clause list says of a clause's translation into one language. */
export interface ClauseTranslation {
  text: string | null;
  status: TranslationStatus;
}

/** Per language: how many clauses are translated and current, out of date, missing. */
export type TranslationCounts = Record<TranslationStatus, number>;

/** The saved translation of one clause into one language, if there is a well-formed one. */
export function readTranslation(translations: Y.Doc, lang: Language, clauseId: string): TranslationEntry | null {
  const parsed = TranslationEntry.safeParse(translations.getMap<unknown>(lang).get(clauseId));
  return parsed.success ? parsed.data : null;
}

/** Save a clause's translation (the server's write; call inside a transaction). */
export function writeTranslation(translations: Y.Doc, lang: Language, clauseId: string, entry: TranslationEntry): void {
  translations.getMap<unknown>(lang).set(clauseId, { ...entry });
}

/** Current while the clause still reads as it did when its translation was saved. */
export function translationStatus(entry: TranslationEntry | null, clauseText: string): TranslationStatus {
  if (!entry || entry.text === '') return 'missing';
  return entry.source === clauseText ? 'current' : 'outdated';
}

/** One clause as a translator sees it: its own text, and its translation with its state. */
export interface TranslatedClause {
  id: string;
  text: string;
  block: string;
  level?: number;
  translation: ClauseTranslation;
  /** The clause's text when the translation was saved (what changed since shows against it). */
  source: string | null;
}

/**
 * Every clause with its translation into `lang`. In the draft's own language
 * a clause is its own translation, always current.
 */
export function translateClauses(body: Y.Doc, translations: Y.Doc, lang: Language, draftLanguage: Language): TranslatedClause[] {
  return readClauseTexts(body).map((clause) => {
    if (lang === draftLanguage) return { ...clause, translation: { text: clause.text, status: 'current' }, source: clause.text };
    const entry = readTranslation(translations, lang, clause.id);
    const status = translationStatus(entry, clause.text);
    return { ...clause, translation: { text: entry?.text || null, status }, source: entry?.source ?? null };
  });
}

/** For each language other than the draft's: how many clauses are current, outdated, missing. */
export function countTranslations(body: Y.Doc, translations: Y.Doc, draftLanguage: Language): Partial<Record<Language, TranslationCounts>> {
  const counts: Partial<Record<Language, TranslationCounts>> = {};
  for (const lang of LANGUAGES) {
    if (lang === draftLanguage) continue;
    const tally: TranslationCounts = { current: 0, outdated: 0, missing: 0 };
    for (const clause of translateClauses(body, translations, lang, draftLanguage)) tally[clause.translation.status]++;
    counts[lang] = tally;
  }
  return counts;
}
