import * as Y from 'yjs';
import { ANNOTATIONS_MAP, Annotation, CLAUSE_TEXTS_MAP, type Author, type Clause, type Coverage, type Need } from './annotations.js';
import { CLAUSE_ID_ATTR } from './clauses.js';
import { BODY_FRAGMENT } from './documents.js';
import type { Principle } from './principles.js';
import { randomId } from './ids.js';
import type { NewAnnotationBody } from './schemas.js';
import { threadsOf, type Thread } from './threads.js';

/**
 * One walk over a draft's two documents gives the clause list that the API,
 * the exports and the editor's gutter all show. Pure functions of Y docs: the
 * browser and the server call the same ones.
 */

/** The plain text of a block: inline text joined, nested blocks (list items) one per line. */
export function blockText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as Array<{ insert: unknown }>).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
  }
  if (!(node instanceof Y.XmlElement)) return '';
  const children = node.toArray();
  const separator = children.some((child) => child instanceof Y.XmlElement) ? '\n' : '';
  return children.map((child) => blockText(child as Y.XmlElement | Y.XmlText)).filter((text) => text !== '').join(separator);
}

/** A clause as the body holds it: its id, its text, and what kind of block it is. */
export interface ClauseText {
  id: string;
  text: string;
  /** The editor's node name: paragraph, heading, bulletList, orderedList, blockquote… */
  block: string;
  /** For headings, 1–6. */
  level?: number;
}

/** Every top-level block of the body, in document order. */
export function readClauseTexts(body: Y.Doc): ClauseText[] {
  const clauses: ClauseText[] = [];
  for (const node of body.getXmlFragment(BODY_FRAGMENT).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    const id = node.getAttribute(CLAUSE_ID_ATTR);
    if (typeof id !== 'string') continue;
    const level = Number(node.getAttribute('level'));
    clauses.push({ id, text: blockText(node), block: node.nodeName, ...(level >= 1 && level <= 6 ? { level } : {}) });
  }
  return clauses;
}

/** One entry of the notes document's annotations map, if it is a well-formed annotation. */
export function readAnnotation(record: unknown, id: string): Annotation | null {
  if (!(record instanceof Y.Map)) return null;
  const parsed = Annotation.safeParse({ ...record.toJSON(), id });
  return parsed.success ? parsed.data : null;
}

/** Every well-formed annotation of the notes document; anything else is skipped. */
export function readAnnotations(notes: Y.Doc): Annotation[] {
  const annotations: Annotation[] = [];
  notes.getMap<unknown>(ANNOTATIONS_MAP).forEach((record, id) => {
    const annotation = readAnnotation(record, id);
    if (annotation) annotations.push(annotation);
  });
  return annotations.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Write an annotation into the notes document as a Y.Map of its fields. */
export function writeAnnotation(notes: Y.Doc, annotation: Annotation): void {
  const record = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(annotation)) {
    if (key !== 'id' && value !== undefined) record.set(key, value);
  }
  notes.getMap(ANNOTATIONS_MAP).set(annotation.id, record);
}

/**
 * A new annotation record as the editor and the API both write it: a fresh id,
 * the time, and the author (never what the request says). An official answer
 * is only ever a reply.
 */
export function newAnnotation(input: NewAnnotationBody, author: Author | null): Annotation {
  const base = { id: randomId(), clauseId: input.clauseId, createdAt: new Date().toISOString(), author };
  if (input.type === 'principle') return { ...base, type: 'principle', principleId: input.principleId };
  if (input.type === 'need') return { ...base, type: 'need', needId: input.needId };
  return {
    ...base,
    type: 'comment',
    text: input.text,
    resolved: false,
    ...(input.parentId ? { parentId: input.parentId } : {}),
    ...(input.stance ? { stance: input.stance } : {}),
    ...(input.official && input.parentId ? { official: true } : {}),
  };
}

/** A clause with everything said about it: the one model the API, the exports, the review page and coverage read. */
export interface ClauseNotes extends ClauseText {
  /** Its number in the text, from 1, as the gutter, the review page and coverage count. */
  n: number;
  /** The ids of the principles linked to it, each once, in the order first linked. */
  principles: string[];
  /** The ids of the needs it answers, each once, in the order first linked. */
  needs: string[];
  threads: Thread[];
}

/** Every clause of the body, in order, with its links and comment threads from the notes. */
export function walkClauses(body: Y.Doc, notes: Y.Doc): ClauseNotes[] {
  return clauseNotes(readClauseTexts(body), readAnnotations(notes));
}

function clauseNotes(texts: ClauseText[], annotations: readonly Annotation[]): ClauseNotes[] {
  const byClause = groupByClause(annotations);
  return texts.map((clause, index) => {
    const own = byClause.get(clause.id) ?? [];
    return {
      ...clause,
      n: index + 1,
      principles: unique(own.flatMap((a) => (a.type === 'principle' ? [a.principleId] : []))),
      needs: unique(own.flatMap((a) => (a.type === 'need' ? [a.needId] : []))),
      threads: threadsOf(own, clause.id),
    };
  });
}

/** The clause list of CONTRACT.md: each block with its principles, needs and comment count. */
export function buildClauseList(body: Y.Doc, notes: Y.Doc): Clause[] {
  return walkClauses(body, notes).map(({ id, text, principles, needs, threads }) => ({
    id,
    text,
    principles,
    needs,
    comments: threads.reduce((count, thread) => count + 1 + thread.replies.length, 0),
  }));
}

/**
 * Which clauses serve each principle and answer each need, which needs no
 * clause answers yet (by community), and which annotations lost their clause.
 */
export function buildCoverage(body: Y.Doc, notes: Y.Doc, principles: Principle[], needs: Need[]): Coverage {
  const annotations = readAnnotations(notes);
  const clauses = clauseNotes(readClauseTexts(body), annotations);
  const present = new Set(clauses.map((clause) => clause.id));
  const servedBy = (pick: (clause: ClauseNotes) => string[], id: string) =>
    clauses.filter((clause) => pick(clause).includes(id)).map((clause) => clause.id);

  const needRows = needs
    .filter((need) => !need.archived)
    .map((need) => ({
      id: need.id,
      statement: need.statement,
      communities: need.communities,
      rightsArea: need.rightsArea,
      rightsAreas: need.rightsAreas,
      clauses: servedBy((clause) => clause.needs, need.id),
    }));
  const unanswered = needRows.filter((need) => need.clauses.length === 0);
  const communities = unique(unanswered.flatMap((need) => need.communities)).sort((a, b) => a.localeCompare(b));

  const lastTexts = body.getMap<string>(CLAUSE_TEXTS_MAP);
  const detached = new Map<string, string[]>();
  for (const annotation of annotations) {
    if (present.has(annotation.clauseId)) continue;
    detached.set(annotation.clauseId, [...(detached.get(annotation.clauseId) ?? []), annotation.id]);
  }

  return {
    principles: principles.map((p) => ({ id: p.id, family: p.family, title: p.title, clauses: servedBy((c) => c.principles, p.id) })),
    needs: needRows,
    unansweredNeeds: unanswered.map((need) => need.id),
    unansweredByCommunity: communities.map((community) => ({
      community,
      needs: unanswered.filter((need) => need.communities.includes(community)).map((need) => need.id),
    })),
    detached: [...detached].map(([clauseId, annotations]) => ({ clauseId, lastText: lastTexts.get(clauseId) ?? '', annotations })),
  };
}

function groupByClause(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const annotation of annotations) groups.set(annotation.clauseId, [...(groups.get(annotation.clauseId) ?? []), annotation]);
  return groups;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
