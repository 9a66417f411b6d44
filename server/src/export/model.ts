import type * as Y from 'yjs';
import {
  authorName,
  walkClauses,
  VOCABULARY,
  type Vocabulary,
  formatDay,
  formatMoment,
  translateClauses,
  type Comment,
  type TranslationStatus,
  type DraftKind,
  type DraftStatus,
  type Need,
  type Language,
  type Principle,
  type Amendment,
  type Participation,
} from '@charter/shared';
import { amendmentLines, amendmentWords, exportAmendments, type ExportAmendment } from './amendments.js';

/** One comment thread: the opening comment and its replies, oldest first. */
export interface Thread {
  /** The author's name, or the word for anonymous in the export's language. */
  author: string;
  createdAt: string;
  text: string;
  resolved: boolean;
  /** Where the comment stands, in words of the export's language. */
  stance?: string;
  /** The official answer first, then the other replies, oldest first. */
  replies: Array<{ author: string; createdAt: string; text: string; official: boolean }>;
}

export interface ExportClause {
  id: string;
  text: string;
  block: string;
  level?: number;
  principles: Principle[];
  needs: Array<Pick<Need, 'id' | 'statement' | 'communities' | 'rightsArea' | 'rightsAreas' | 'source'>>;
  comments: Thread[];
  /** The amendments proposed to this clause, with their outcome, stances and reasons. */
  amendments: ExportAmendment[];
  /**
   * When the text is exported in another language: the state of this clause's
   * translation, the clause's own text, and for a missing or outdated one the
   * mark to show before it. `text` is then the translation, or for a missing
   * or outdated one the clause's own text (see `markedText`).
   */
  translation?: { status: TranslationStatus; original: string; mark: string | null };
}

/** The neutral form every export format is rendered from. */
export interface ExportModel {
  /** The language of the labels, dates and principle titles. */
  lang: Language;
  initiative: { name: string; place: string };
  draft: { id: string; title: string; kind: DraftKind; status: DraftStatus; language: Language; updatedAt: string };
  exportedAt: string;
  /** The language the text is given in: the draft's own, or a translation's. */
  textLanguage: Language;
  /** The original beside the text in `textLanguage`, clause by clause (`text=both`). */
  sideBySide: boolean;
  clauses: ExportClause[];
  /** Who shaped the text, by community (counts only), when the export carries it. */
  participation?: Participation;
}

export interface ExportContext {
  lang: Language;
  initiative: ExportModel['initiative'];
  draft: ExportModel['draft'];
  principles: Principle[];
  needs: Need[];
  amendments: readonly Amendment[];
  participation?: Participation;
  /** The language to give the text in, and the translations to do so (the draft's own language when not given). */
  text?: { lang: Language; translations: Y.Doc; sideBySide?: boolean };
}

/** One walk over the body and the notes: each clause with its principles, needs and comment threads. */
export function buildExportModel(body: Y.Doc, notes: Y.Doc, context: ExportContext): ExportModel {
  const principleById = new Map(context.principles.map((p) => [p.id, p]));
  const needById = new Map(context.needs.map((n) => [n.id, n]));
  const L = labels(context.lang);
  const name = (author: Comment['author']) => authorName(author) ?? L.anonymous;

  const clauses = walkClauses(body, notes).map(({ id, text, block, level, principles, needs, threads }): ExportClause => ({
    id,
    text,
    block,
    ...(level !== undefined ? { level } : {}),
    principles: principles.map((id) => principleById.get(id)).filter((p): p is Principle => p !== undefined),
    needs: needs
      .map((id) => needById.get(id))
      .filter((n): n is Need => n !== undefined)
      .map(({ id, statement, communities, rightsArea, rightsAreas, source }) => ({ id, statement, communities, rightsArea, rightsAreas, source })),
    comments: threads.map(
      ({ root, replies }): Thread => ({
        author: name(root.author),
        createdAt: root.createdAt,
        text: root.text,
        resolved: root.resolved,
        ...(root.stance ? { stance: L.stance[root.stance] } : {}),
        replies: replies
          .map(({ author, createdAt, text, official }) => ({ author: name(author), createdAt, text, official: official === true }))
          .sort((a, b) => Number(b.official) - Number(a.official)),
      }),
    ),
    amendments: exportAmendments(context.amendments, id, context.lang),
  }));
  const translated = context.text ? inLanguage(clauses, body, context.text, context.draft.language, L) : clauses;
  return {
    lang: context.lang,
    initiative: context.initiative,
    draft: context.draft,
    exportedAt: new Date().toISOString(),
    textLanguage: context.text?.lang ?? context.draft.language,
    sideBySide: context.text?.sideBySide === true && context.text.lang !== context.draft.language,
    clauses: translated,
    ...(context.participation ? { participation: context.participation } : {}),
  };
}

/**
 * The clauses in another language: each current translation in place of its
 * clause's text; a missing or outdated one marked, with the clause's own text.
 * Done here, so every format gives the same text.
 */
function inLanguage(clauses: ExportClause[], body: Y.Doc, text: NonNullable<ExportContext['text']>, draftLanguage: Language, L: Labels): ExportClause[] {
  if (text.lang === draftLanguage) return clauses;
  const byId = new Map(translateClauses(body, text.translations, text.lang, draftLanguage).map((clause) => [clause.id, clause.translation]));
  return clauses.map((clause) => {
    const translation = byId.get(clause.id) ?? { text: null, status: 'missing' as const };
    const current = translation.status === 'current' && translation.text;
    return {
      ...clause,
      text: current ? translation.text! : clause.text,
      translation: { status: translation.status, original: clause.text, mark: current ? null : L.translation[translation.status] },
    };
  });
}

/** A translated clause as it reads in the original, for the column beside its translation. */
export function originalOf(clause: ExportClause): ExportClause {
  const { translation, ...rest } = clause;
  return { ...rest, text: translation?.original ?? clause.text };
}

/** A clause's text as the text-like formats show it: a missing or outdated translation's mark first. */
export function markedText(clause: ExportClause): string {
  const mark = clause.translation?.mark;
  return mark ? `${mark} ${clause.text}` : clause.text;
}

/** Words the exports share, so every format says the same thing, in the reader's language. */
const LABELS = {
  en: {
    anonymous: 'Anonymous',
    official: 'official answer',
    principles: 'Principles',
    needs: 'Community needs',
    comments: 'Comments',
    resolved: 'resolved',
    voicedBy: 'voiced by',
    exported: 'Exported',
    languages: { en: 'English', es: 'Spanish', fr: 'French' },
    translation: { current: null, outdated: '[out of date]', missing: '[not translated]' },
  },
  es: {
    anonymous: 'Anónimo',
    official: 'respuesta oficial',
    principles: 'Principios',
    needs: 'Necesidades de la comunidad',
    comments: 'Comentarios',
    resolved: 'resuelto',
    voicedBy: 'expresada por',
    exported: 'Exportado el',
    languages: { en: 'Inglés', es: 'Español', fr: 'Francés' },
    translation: { current: null, outdated: '[traducción desactualizada]', missing: '[sin traducir]' },
  },
  fr: {
    anonymous: 'Anonyme',
    official: 'réponse officielle',
    principles: 'Principes',
    needs: 'Besoins de la communauté',
    comments: 'Commentaires',
    resolved: 'résolu',
    voicedBy: 'exprimé par',
    exported: 'Exporté le',
    languages: { en: 'Anglais', es: 'Espagnol', fr: 'Français' },
    translation: { current: null, outdated: '[traduction à mettre à jour]', missing: '[non traduit]' },
  },
} as const;

export type Labels = (typeof LABELS)[Language] & { stance: Vocabulary['commentStances']; kind: Vocabulary['kinds']; status: Vocabulary['statuses'] };

/** The export's words, with the kinds, statuses and stances the app shows. */
export function labels(lang: Language): Labels {
  const words = VOCABULARY[lang];
  return { ...LABELS[lang], stance: words.commentStances, kind: words.kinds, status: words.statuses };
}

/** A moment as the page writes it, in UTC so every copy of a file says the same. */
export function readableDate(iso: string, lang: Language): string {
  return formatMoment(iso, lang, 'UTC');
}

/** The day of the export, as the page writes a day. */
export function exportDay(model: ExportModel): string {
  return formatDay(model.exportedAt, model.lang, 'UTC');
}

/** Kind, status, initiative and date: the line under every export's title. */
export function subtitle(model: ExportModel): string {
  const L = labels(model.lang);
  return `${L.kind[model.draft.kind]} · ${L.status[model.draft.status]} · ${model.initiative.name}, ${model.initiative.place} · ${exportDay(model)}`;
}

/** The notes of a clause as lines of plain text, shared by the text-like formats. */
export function noteLines(clause: ExportClause, lang: Language): Array<{ label: string; lines: string[] }> {
  const L = labels(lang);
  const groups = [
    { label: L.principles, lines: clause.principles.map((p) => `${p.title}: ${p.summary}`) },
    {
      label: L.needs,
      lines: clause.needs.map((n) => `“${n.statement}” (${L.voicedBy} ${n.communities.join(', ')}; ${n.source})`),
    },
    {
      label: L.comments,
      lines: clause.comments.flatMap((t) => [
        `${t.author}, ${readableDate(t.createdAt, lang)}${t.stance ? ` [${t.stance}]` : ''}${t.resolved ? ` (${L.resolved})` : ''}: ${t.text}`,
        ...t.replies.map((r) => `  – ${r.author}${r.official ? ` (${L.official})` : ''}, ${readableDate(r.createdAt, lang)}: ${r.text}`),
      ]),
    },
    {
      label: amendmentWords(lang).heading,
      lines: clause.amendments.flatMap((a) => amendmentLines(a, lang, (iso) => readableDate(iso, lang))),
    },
  ];
  return groups.filter((group) => group.lines.length > 0);
}
