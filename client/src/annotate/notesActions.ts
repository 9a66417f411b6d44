import * as Y from 'yjs';
import { ANNOTATIONS_MAP, randomId, writeAnnotation, type Annotation, type Author } from '@charter/shared';

/**
 * Every change a person makes to the notes of a clause, as a write to the notes
 * document: the server stores it and every open editor sees it at once.
 */

function now(): string {
  return new Date().toISOString();
}

export function linkPrinciple(notes: Y.Doc, clauseId: string, principleId: string, author: Author | null): void {
  writeAnnotation(notes, { id: randomId(), type: 'principle', clauseId, principleId, author, createdAt: now() });
}

export function linkNeed(notes: Y.Doc, clauseId: string, needId: string, author: Author | null): void {
  writeAnnotation(notes, { id: randomId(), type: 'need', clauseId, needId, author, createdAt: now() });
}

/** A new thread, or with `parentId` a reply to the thread that comment opened. */
export function addComment(notes: Y.Doc, clauseId: string, text: string, author: Author | null, parentId?: string): void {
  writeAnnotation(notes, {
    id: randomId(),
    type: 'comment',
    clauseId,
    text,
    author,
    createdAt: now(),
    resolved: false,
    ...(parentId ? { parentId } : {}),
  });
}

/**
 * Remove annotations by id. Two people can link the same principle at the same
 * moment, so an unlink removes every link it finds, in one transaction.
 */
export function removeAnnotations(notes: Y.Doc, ids: string[]): void {
  const map = notes.getMap(ANNOTATIONS_MAP);
  notes.transact(() => ids.forEach((id) => map.delete(id)));
}

/** Resolve or reopen a thread: a field of its first comment, so it merges with concurrent replies. */
export function setResolved(notes: Y.Doc, threadId: string, resolved: boolean): void {
  const record = notes.getMap(ANNOTATIONS_MAP).get(threadId);
  if (record instanceof Y.Map) record.set('resolved', resolved);
}

/** What a link points at: a principle's or a need's id; null for a comment. */
function target(annotation: Annotation): string | null {
  if (annotation.type === 'principle') return annotation.principleId;
  if (annotation.type === 'need') return annotation.needId;
  return null;
}

/** The ids of this clause's links to one principle or need (usually one; more after a race). */
export function linkIds(annotations: Annotation[], clauseId: string, type: 'principle' | 'need', targetId: string): string[] {
  return annotations.filter((a) => a.clauseId === clauseId && a.type === type && target(a) === targetId).map((a) => a.id);
}
