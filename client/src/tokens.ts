import { isRole, type Author, type Role } from '@charter/shared';

/**
 * The tokens this browser holds, kept in localStorage so a draft link works
 * without the invite link in the address bar. Last used first (joined, or a
 * draft opened with it: the draft page's early reads use the first); one entry per
 * initiative. Once a person has joined, `token` is their personal token (every
 * call and socket of that initiative uses it) and `invite` the link they came
 * through, kept only so "not you?" can let another person join on this device.
 */
export interface StoredToken {
  /** The token to use: a personal token once joined, else the invite token. */
  token: string;
  initiativeId: string;
  role: Role;
  initiativeName: string;
  /** The invite token this person joined with; absent before anyone joined. */
  invite?: string;
  /** Who the personal token names; absent for an invite token. */
  person?: Author;
}

const KEY = 'charter.tokens';

function isAuthor(value: unknown): value is Author {
  if (typeof value !== 'object' || value === null) return false;
  const person = value as Record<string, unknown>;
  return typeof person.id === 'string' && typeof person.name === 'string';
}

function isStoredToken(value: unknown): value is StoredToken {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.token === 'string' &&
    typeof entry.initiativeId === 'string' &&
    typeof entry.initiativeName === 'string' &&
    isRole(entry.role) &&
    (entry.invite === undefined || typeof entry.invite === 'string') &&
    (entry.person === undefined || isAuthor(entry.person))
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

/** The person who joined on this device through this invite (or with this personal token), if any. */
export function joinedWith(token: string): StoredToken | null {
  return listTokens().find((entry) => entry.person && (entry.invite === token || entry.token === token)) ?? null;
}

/**
 * The token to use for what a page's address names: the personal token of the
 * person who joined through that invite, else the address's own token.
 */
export function workingToken(token: string): string {
  return joinedWith(token)?.token ?? token;
}

/**
 * The token to put in a `/join/…` address: the invite, never a personal token,
 * which would name this person to whoever the address is shown or sent to.
 */
export function joinToken(token: string): string {
  return listTokens().find((entry) => entry.token === token)?.invite ?? token;
}

/** "Not you?": this device forgets the person and holds the invite again, for someone else to join. */
export function forgetPerson(entry: StoredToken): void {
  const { invite, token, initiativeId, role, initiativeName } = entry;
  forgetToken(token);
  if (invite) rememberToken({ token: invite, initiativeId, role, initiativeName });
}

/** A facilitator replaced their own role's link: a person keeps their token, and "not you?" the new link. */
export function replaceOwnInvite(initiativeId: string, invite: string, fallback: StoredToken): void {
  const current = listTokens().find((entry) => entry.initiativeId === initiativeId);
  rememberToken(current?.person ? { ...current, invite } : fallback);
}
