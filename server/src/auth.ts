import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '@charter/shared';
import type { AppStore } from './store/types.js';

/** Invite tokens are random 256-bit secrets; only their SHA-256 is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface Credentials {
  initiativeId: string;
  role: Role;
}

/** The live invite a token belongs to, or null (unknown, revoked or absurd). */
export async function authenticate(app: AppStore, token: string | null | undefined): Promise<Credentials | null> {
  if (!token || token.length > 200) return null;
  return app.findInvite(hashToken(token));
}

/** Compare secrets in constant time, whatever their lengths. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
