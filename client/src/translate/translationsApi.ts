import type { Language, TranslationCounts } from '@charter/shared';
import { api } from '../api';

/** Save one clause's translation; every connected translator sees it through the translations document. */
export function saveTranslation(draftId: string, token: string, lang: Language, clauseId: string, text: string): Promise<unknown> {
  return api(`/api/drafts/${encodeURIComponent(draftId)}/translations/${lang}/${encodeURIComponent(clauseId)}`, {
    method: 'PUT',
    token,
    body: { text },
  });
}

/** `GET /api/drafts/:id/translations`: the draft's language and, per other language, its counts. */
export interface DraftTranslations {
  language: Language;
  languages: Partial<Record<Language, TranslationCounts>>;
}

export function fetchTranslationCounts(draftId: string, token: string, signal: AbortSignal): Promise<DraftTranslations> {
  return api<DraftTranslations>(`/api/drafts/${encodeURIComponent(draftId)}/translations`, { token, signal });
}
