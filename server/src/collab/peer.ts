import type { Author, Role } from '@charter/shared';

/**
 * One connected client, as the room sees it: a way to send bytes and to close,
 * and who it is. The websocket adapter makes these; tests can too.
 */
export interface Peer {
  readonly role: Role;
  readonly initiativeId: string;
  /** The person of a personal token; null for an invite token (anonymous). */
  readonly author: Author | null;
  /** The communities the person gave when they connected (none for an invite token). */
  readonly communities: readonly string[];
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
