import {
  buildClauseList,
  countTranslations,
  readClauseTexts,
  translateClauses,
  writeTranslation,
  type Author,
  type Clause,
  type ClauseTranslation,
  type Draft,
  type Language,
} from '@charter/shared';
import type { Collab } from '../collab/index.js';
import { AppError } from '../http/errors.js';

/**
 * Save a clause's translation into the `.translations` document (which no
 * client may write), with the clause's text as it was translated from, so it
 * is known when it is out of date.
 */
export async function translateClause(collab: Collab, draft: Draft, lang: Language, clauseId: string, text: string, author: Author | null) {
  if (lang === draft.language) {
    throw new AppError(400, 'invalid_request', `lang: this draft is written in "${lang}"; translate it into another language.`);
  }
  return collab.changeTranslations(draft.id, (body, translations) => {
    const clause = readClauseTexts(body).find((candidate) => candidate.id === clauseId);
    if (!clause) {
      throw new AppError(400, 'unknown_clause', `There is no clause "${clauseId}" in this draft; see GET /api/drafts/${draft.id}/clauses.`);
    }
    const entry = { text, source: clause.text, author, savedAt: new Date().toISOString() };
    writeTranslation(translations, lang, clauseId, entry);
    return entry;
  });
}

/** How many clauses are translated into each language, and how many are current. */
export function listTranslations(collab: Collab, draft: Draft) {
  return collab.readTranslations(draft.id, (body, _notes, translations) => countTranslations(body, translations, draft.language));
}

/** The clause list, each clause with its translation into `lang`. */
export function clausesInLanguage(collab: Collab, draft: Draft, lang: Language): Promise<Array<Clause & { translation: ClauseTranslation }>> {
  return collab.readTranslations(draft.id, (body, notes, translations) => {
    const translated = new Map(translateClauses(body, translations, lang, draft.language).map((clause) => [clause.id, clause.translation]));
    return buildClauseList(body, notes).map((clause) => ({ ...clause, translation: translated.get(clause.id) ?? { text: null, status: 'missing' } }));
  });
}
