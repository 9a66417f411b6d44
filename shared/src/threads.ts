import type { Annotation, Comment } from './annotations.js';

/** One comment thread: the comment that opened it (it carries `resolved`) and its replies, oldest first. */
export interface Thread {
  root: Comment;
  replies: Comment[];
}

/**
 * The comments of a clause as threads, oldest first. A reply whose first
 * comment is gone (deleted, or not yet synced) is a thread of its own: nothing
 * anyone wrote is hidden, on the page or in an export.
 */
export function threadsOf(annotations: readonly Annotation[], clauseId: string): Thread[] {
  const comments = annotations.filter((a): a is Comment => a.type === 'comment' && a.clauseId === clauseId);
  const roots = new Map<string, Thread>();
  for (const comment of comments) {
    if (!comment.parentId) roots.set(comment.id, { root: comment, replies: [] });
  }
  const threads = [...roots.values()];
  for (const comment of comments) {
    if (!comment.parentId) continue;
    const thread = roots.get(comment.parentId);
    if (thread) thread.replies.push(comment);
    else threads.push({ root: comment, replies: [] });
  }
  return threads.sort((a, b) => a.root.createdAt.localeCompare(b.root.createdAt));
}

/** A thread's official answers (a reviewer's replies so marked) and its other replies, each oldest first. */
export function splitOfficial(thread: Thread): { official: Comment[]; others: Comment[] } {
  return {
    official: thread.replies.filter((reply) => reply.official === true),
    others: thread.replies.filter((reply) => reply.official !== true),
  };
}
