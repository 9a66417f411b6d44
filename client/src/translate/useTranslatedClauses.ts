import { useMemo } from 'react';
import { bodyDocName, translateClauses, translationsDocName, type Language, type TranslatedClause } from '@charter/shared';
import { useDocsVersion } from '../collab/useDocsVersion';
import { useSharedDoc } from '../collab/useSharedDoc';

/**
 * The draft's clauses with their translations into `lang`, live: the text and
 * the translations document (which only the server writes) are read as they
 * change, so a clause edited anywhere turns its translation out of date at once.
 * Null until both documents are open.
 */
export function useTranslatedClauses(draftId: string, token: string, lang: Language, draftLanguage: Language): TranslatedClause[] | null {
  const body = useSharedDoc(bodyDocName(draftId), token);
  const translations = useSharedDoc(translationsDocName(draftId), token);
  const version = useDocsVersion(body?.doc, translations?.doc);
  return useMemo(
    () => (body && translations ? translateClauses(body.doc, translations.doc, lang, draftLanguage) : null),
    // `version` changes with every change to either document.
    [body, translations, lang, draftLanguage, version],
  );
}
