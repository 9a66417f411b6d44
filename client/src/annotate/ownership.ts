import { authorId, type Annotation, type Author } from '@charter/shared';

/**
 * May this person change or remove this record? Only their own: the server
 * drops any other write. Anonymous records (made with an invite token, or kept
 * from before people joined by name) are anonymous senders' to change.
 */
export function isMine(record: Pick<Annotation, 'author'>, me: Author | null): boolean {
  const owner = authorId(record.author);
  return me === null ? owner === null : owner === me.id;
}
