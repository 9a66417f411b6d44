import type * as Y from 'yjs';
import {
  readAnnotations,
  readClauseTexts,
  type Comment,
  type DraftKind,
  type DraftStatus,
  type Need,
  type Principle,
} from '@charter/shared';

/** One comment thread: the opening comment and its replies, oldest first. */
export interface Thread {
  author: string;
  createdAt: string;
  text: string;
  resolved: boolean;
  replies: Array<{ author: string; createdAt: string; text: string }>;
}

export interface ExportClause {
  id: string;
  text: string;
  block: string;
  level?: number;
  principles: Principle[];
  needs: Array<Pick<Need, 'id' | 'statement' | 'communities' | 'rightsArea' | 'source'>>;
  comments: Thread[];
}

/** The neutral form every export format is rendered from. */
export interface ExportModel {
  initiative: { name: string; place: string };
  draft: { id: string; title: string; kind: DraftKind; status: DraftStatus; updatedAt: string };
  exportedAt: string;
  clauses: ExportClause[];
}

export interface ExportContext {
  initiative: ExportModel['initiative'];
  draft: ExportModel['draft'];
  principles: Principle[];
  needs: Need[];
}

/** One walk over the body and the notes: each clause with its principles, needs and comment threads. */
export function buildExportModel(body: Y.Doc, notes: Y.Doc, context: ExportContext): ExportModel {
  const annotations = readAnnotations(notes);
  const principleById = new Map(context.principles.map((p) => [p.id, p]));
  const needById = new Map(context.needs.map((n) => [n.id, n]));
  const comments = annotations.filter((a): a is Comment => a.type === 'comment');

  const clauses = readClauseTexts(body).map((clause): ExportClause => {
    const own = annotations.filter((a) => a.clauseId === clause.id);
    const threads = comments
      .filter((c) => c.clauseId === clause.id && !c.parentId)
      .map((opening) => ({
        author: opening.author,
        createdAt: opening.createdAt,
        text: opening.text,
        resolved: opening.resolved,
        replies: comments
          .filter((reply) => reply.parentId === opening.id)
          .map(({ author, createdAt, text }) => ({ author, createdAt, text })),
      }));
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
    };
  });
  return { initiative: context.initiative, draft: context.draft, exportedAt: new Date().toISOString(), clauses };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Words the exports share, so every format says the same thing. */
export const LABELS = {
  principles: 'Principles',
  needs: 'Community needs',
  comments: 'Comments',
  resolved: 'resolved',
  voicedBy: 'voiced by',
  exported: 'Exported',
  kind: { resolution: 'Resolution', charter: 'Charter', ordinance: 'Ordinance', proclamation: 'Proclamation' },
  status: { drafting: 'Drafting', review: 'In review', adopted: 'Adopted' },
} as const;

/** A date as people read it in the exports (UTC, so every reader sees the same). */
export function readableDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The notes of a clause as lines of plain text, shared by the text-like formats. */
export function noteLines(clause: ExportClause): Array<{ label: string; lines: string[] }> {
  const groups = [
    { label: LABELS.principles, lines: clause.principles.map((p) => `${p.title}: ${p.summary}`) },
    {
      label: LABELS.needs,
      lines: clause.needs.map((n) => `“${n.statement}” (${LABELS.voicedBy} ${n.communities.join(', ')}; ${n.source})`),
    },
    {
      label: LABELS.comments,
      lines: clause.comments.flatMap((t) => [
        `${t.author}, ${readableDate(t.createdAt)}${t.resolved ? ` (${LABELS.resolved})` : ''}: ${t.text}`,
        ...t.replies.map((r) => `  – ${r.author}, ${readableDate(r.createdAt)}: ${r.text}`),
      ]),
    },
  ];
  return groups.filter((group) => group.lines.length > 0);
}
