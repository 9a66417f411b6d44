import * as Y from 'yjs';
import { ANNOTATIONS_MAP, newAnnotation, writeAnnotation, type Annotation, type Author, type CommentStance } from '@charter/shared';
import { isMine } from './ownership';

/**
 * Every change a person makes to the notes of a clause, as a write to the notes
 * document: the server stores it and every open editor sees it at once.
 */

export function linkPrinciple(notes: Y.Doc, clauseId: string, principleId: string, author: Author | null): void {
  writeAnnotation(notes, newAnnotation({ type: 'principle', clauseId, principleId }, author));
}

export function linkNeed(notes: Y.Doc, clauseId: string, needId: string, author: Author | null): void {
  writeAnnotation(notes, newAnnotation({ type: 'need', clauseId, needId }, author));
}

/** What a comment may carry beside its words. */
export interface CommentExtra {
  /** A reply names the first comment of its thread. */
  parentId?: string;
  stance?: CommentStance;
  /** A reviewer's reply given as the official answer to its thread. */
  official?: boolean;
}

/** A new thread, or with `parentId` a reply to the thread that comment opened. */
export function addComment(notes: Y.Doc, clauseId: string, text: string, author: Author | null, extra: CommentExtra = {}): void {
  writeAnnotation(notes, newAnnotation({ type: 'comment', clauseId, text, ...extra }, author));
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

/**
 * The ids of this clause's links to one principle or need that this person
 * may remove: their own (the server drops the removal of anyone else's).
 */
export function linkIds(
  annotations: Annotation[],
  clauseId: string,
  type: 'principle' | 'need',
  targetId: string,
  me: Author | null,
): string[] {
  return annotations
    .filter((a) => a.clauseId === clauseId && a.type === type && target(a) === targetId && isMine(a, me))
    .map((a) => a.id);
}

/** Who else linked this clause to a principle or need, when this person has no link of their own to remove. */
export function othersOnly(
  annotations: Annotation[],
  clauseId: string,
  type: 'principle' | 'need',
  me: Author | null,
): Map<string, Annotation['author'][]> {
  const others = new Map<string, Annotation['author'][]>();
  const mine = new Set<string>();
  for (const a of annotations) {
    const id = a.clauseId === clauseId && a.type === type ? target(a) : null;
    if (id === null) continue;
    if (isMine(a, me)) mine.add(id);
    else others.set(id, [...(others.get(id) ?? []), a.author]);
  }
  for (const id of mine) others.delete(id);
  return others;
}
