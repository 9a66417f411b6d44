import { isRole, type Role } from '@charter/shared';

/**
 * Invite tokens this browser has opened, kept in localStorage so a draft link
 * works without the invite link in the address bar. Newest first; one token per
 * initiative (a newer invite replaces the older one).
 */
export interface StoredToken {
  token: string;
  initiativeId: string;
  role: Role;
  initiativeName: string;
}

const KEY = 'charter.tokens';

function isStoredToken(value: unknown): value is StoredToken {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.token === 'string' &&
    typeof entry.initiativeId === 'string' &&
    typeof entry.initiativeName === 'string' &&
    isRole(entry.role)
  );
}

export function listTokens(): StoredToken[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isStoredToken) : [];
  } catch {
    return [];
  }
}

function save(entries: StoredToken[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Storage full or disabled (private mode): the app still works for this visit.
  }
}

export function rememberToken(entry: StoredToken): void {
  const others = listTokens().filter((t) => t.token !== entry.token && t.initiativeId !== entry.initiativeId);
  save([entry, ...others]);
}

export function forgetToken(token: string): void {
  save(listTokens().filter((t) => t.token !== token));
}
