import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Author, Role } from '@charter/shared';
import type { AppStore } from './store/types.js';

/** Invite tokens are random 256-bit secrets; only their SHA-256 is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * What a token opens: a role in an initiative, and the person it names (a
 * personal token) or none (an invite token, shared by everyone of a role).
 */
export interface Credentials {
  initiativeId: string;
  role: Role;
  participant: Author | null;
  /** The communities the person gave (none for an invite token). */
  communities: string[];
  /** An invite token's expiry, when it was given one. */
  expiresAt: string | null;
}

/** The live invite or person a token belongs to, or null (unknown, revoked, removed, expired or absurd). */
export async function authenticate(app: AppStore, token: string | null | undefined): Promise<Credentials | null> {
  if (!token || token.length > 200) return null;
  const hash = hashToken(token);
  const invite = await app.findInvite(hash);
  if (invite) return { initiativeId: invite.initiativeId, role: invite.role, participant: null, communities: [], expiresAt: invite.expiresAt };
  const person = await app.findParticipant(hash);
  if (!person) return null;
  const now = new Date().toISOString();
  if (person.lastSeenAt < new Date(Date.now() - 60_000).toISOString()) void app.touchParticipant(person.id, now).catch(() => {});
  return { initiativeId: person.initiativeId, role: person.role, participant: { id: person.id, name: person.name }, communities: person.communities, expiresAt: null };
}

/** The author the server records for what these credentials make: the person, or null (anonymous). */
export function authorOf(credentials: Credentials): Author | null {
  return credentials.participant;
}

/** Compare secrets in constant time, whatever their lengths. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
