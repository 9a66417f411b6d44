import type * as Y from 'yjs';
import {
  authorName,
  readAnnotations,
  readClauseTexts,
  type Comment,
  type DraftKind,
  type DraftStatus,
  type Need,
  type Language,
  type Principle,
  type Amendment,
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
  needs: Array<Pick<Need, 'id' | 'statement' | 'communities' | 'rightsArea' | 'source'>>;
  comments: Thread[];
  /** The amendments proposed to this clause, with their outcome, stances and reasons. */
  amendments: ExportAmendment[];
}

/** The neutral form every export format is rendered from. */
export interface ExportModel {
  /** The language of the labels, dates and principle titles. */
  lang: Language;
  initiative: { name: string; place: string };
  draft: { id: string; title: string; kind: DraftKind; status: DraftStatus; updatedAt: string };
  exportedAt: string;
  clauses: ExportClause[];
}

export interface ExportContext {
  lang: Language;
  initiative: ExportModel['initiative'];
  draft: ExportModel['draft'];
  principles: Principle[];
  needs: Need[];
  amendments: readonly Amendment[];
}

/** One walk over the body and the notes: each clause with its principles, needs and comment threads. */
export function buildExportModel(body: Y.Doc, notes: Y.Doc, context: ExportContext): ExportModel {
  const annotations = readAnnotations(notes);
  const principleById = new Map(context.principles.map((p) => [p.id, p]));
  const needById = new Map(context.needs.map((n) => [n.id, n]));
  const comments = annotations.filter((a): a is Comment => a.type === 'comment');
  const L = labels(context.lang);
  const name = (author: Comment['author']) => authorName(author) ?? L.anonymous;

  const clauses = readClauseTexts(body).map((clause): ExportClause => {
    const own = annotations.filter((a) => a.clauseId === clause.id);
    const threads = comments
      .filter((c) => c.clauseId === clause.id && !c.parentId)
      .map(
        (opening): Thread => ({
          author: name(opening.author),
          createdAt: opening.createdAt,
          text: opening.text,
          resolved: opening.resolved,
          ...(opening.stance ? { stance: L.stance[opening.stance] } : {}),
          replies: comments
            .filter((reply) => reply.parentId === opening.id)
            .map(({ author, createdAt, text, official }) => ({ author: name(author), createdAt, text, official: official === true }))
            .sort((a, b) => Number(b.official) - Number(a.official)),
        }),
      );
    return {
      ...clause,
      principles: unique(own.flatMap((a) => (a.type === 'principle' ? [a.principleId] : [])))
        .map((id) => principleById.get(id))
        .filter((p): p is Principle => p !== undefined),
      needs: unique(own.flatMap((a) => (a.type === 'need' ? [a.needId] : [])))
        .map((id) => needById.get(id))
        .filter((n): n is Need => n !== undefined)
        .map(({ id, statement, communities, rightsArea, source }) => ({ id, statement, communities, rightsArea, source })),
      comments: threads,
      amendments: exportAmendments(context.amendments, clause.id, context.lang),
    };
  });
  return { lang: context.lang, initiative: context.initiative, draft: context.draft, exportedAt: new Date().toISOString(), clauses };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Words the exports share, so every format says the same thing, in the reader's language. */
const LABELS = {
  en: {
    anonymous: 'Anonymous',
    official: 'official answer',
    stance: { for: 'For', against: 'Against', concern: 'Concern', question: 'Question' },
    principles: 'Principles',
    needs: 'Community needs',
    comments: 'Comments',
    resolved: 'resolved',
    voicedBy: 'voiced by',
    exported: 'Exported',
    kind: { resolution: 'Resolution', charter: 'Charter', ordinance: 'Ordinance', proclamation: 'Proclamation' },
    status: { drafting: 'Drafting', review: 'In review', adopted: 'Adopted' },
  },
  es: {
    anonymous: 'Anónimo',
    official: 'respuesta oficial',
    stance: { for: 'A favor', against: 'En contra', concern: 'Inquietud', question: 'Pregunta' },
    principles: 'Principios',
    needs: 'Necesidades de la comunidad',
    comments: 'Comentarios',
    resolved: 'resuelto',
    voicedBy: 'expresada por',
    exported: 'Exportado el',
    kind: { resolution: 'Resolución', charter: 'Carta', ordinance: 'Ordenanza', proclamation: 'Proclama' },
    status: { drafting: 'En redacción', review: 'En revisión', adopted: 'Aprobado' },
  },
  fr: {
    anonymous: 'Anonyme',
    official: 'réponse officielle',
    stance: { for: 'Pour', against: 'Contre', concern: 'Préoccupation', question: 'Question' },
    principles: 'Principes',
    needs: 'Besoins de la communauté',
    comments: 'Commentaires',
    resolved: 'résolu',
    voicedBy: 'exprimé par',
    exported: 'Exporté le',
    kind: { resolution: 'Résolution', charter: 'Charte', ordinance: 'Arrêté', proclamation: 'Proclamation' },
    status: { drafting: 'En rédaction', review: 'En relecture', adopted: 'Adopté' },
  },
} as const;

export type Labels = (typeof LABELS)[Language];

export function labels(lang: Language): Labels {
  return LABELS[lang];
}

/** A date as people read it in the exports (UTC, so every reader sees the same). */
export function readableDate(iso: string, lang: Language): string {
  return new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Kind, status, initiative and date: the line under every export's title. */
export function subtitle(model: ExportModel): string {
  const L = labels(model.lang);
  return `${L.kind[model.draft.kind]} · ${L.status[model.draft.status]} · ${model.initiative.name}, ${model.initiative.place} · ${readableDate(model.exportedAt, model.lang)}`;
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
