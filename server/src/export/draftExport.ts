import { principles, type Draft } from '@charter/shared';
import type { AmendmentCommands } from '../amendments/commands.js';
import type { Collab } from '../collab/index.js';
import { AppError } from '../http/errors.js';
import type { ExportQuery } from '../http/queries.js';
import { readParticipation } from '../participation.js';
import type { AppStore } from '../store/types.js';
import { readText } from '../versions/texts.js';
import { buildExportModel, type ExportRenderer } from './index.js';

interface Deps {
  app: AppStore;
  collab: Collab;
  amendments: AmendmentCommands;
  exports: ExportRenderer;
}

/**
 * A draft with its principles, needs and comments in one format: `lang` is the
 * language of its labels, `text` the language its text is given in (`both`:
 * the original beside its translation into `lang`), `version` a saved text.
 */
export async function exportDraft({ app, collab, amendments, exports }: Deps, draft: Draft, query: ExportQuery) {
  const { format, lang, text, version: versionId } = query;
  const sideBySide = text === 'both';
  if (sideBySide && lang === draft.language) {
    throw new AppError(400, 'invalid_request', `text=both: give lang, a language other than the draft's own ("${draft.language}"), to set beside it.`);
  }
  const textLanguage = sideBySide ? lang : (text ?? draft.language);
  const [initiative, needs, amended] = await Promise.all([
    app.getInitiative(draft.initiativeId),
    app.listNeeds(draft.initiativeId),
    amendments.list(draft.id),
  ]);
  const { id, title, kind, status, language, updatedAt } = draft;
  const context = {
    lang,
    initiative: { name: initiative?.name ?? '', place: initiative?.place ?? '' },
    draft: { id, title, kind, status, language, updatedAt },
    principles: principles(lang),
    needs,
    amendments: amended,
    // The summary of who shaped the text: of the text as it is now, not of a saved version.
    ...(versionId === undefined ? { participation: await readParticipation({ app, collab }, draft) } : {}),
  };
  // The translations are read only when the text is asked for in another language.
  // With `version=`, the text and notes that version kept, dated when it was saved.
  const model =
    textLanguage === language || versionId !== undefined
      ? await readText({ app, collab }, draft, versionId, (body, notes, version) =>
          buildExportModel(body, notes, { ...context, draft: { ...context.draft, updatedAt: version?.createdAt ?? updatedAt } }),
        )
      : await collab.readTranslations(draft.id, (body, notes, translations) =>
          buildExportModel(body, notes, { ...context, text: { lang: textLanguage, translations, sideBySide } }),
        );
  const rendered = await exports.render(model, format);
  const filename = `${title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-') || 'draft'}.${format}`;
  return { ...rendered, filename };
}
