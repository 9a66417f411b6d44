/**
 * The last good answer of the API reads a page needs on load, kept in
 * localStorage so a page reloaded offline opens as it was last seen.
 *
 * Each answer is kept under the invite token that fetched it (public reads
 * under none), so one token never sees what another token was answered. An
 * answer that says the token no longer opens it (401, 403, 404) removes what
 * was kept; a 401 removes everything kept for that token.
 */

const PREFIX = 'charter.kept.';

function keyOf(token: string | undefined, path: string): string {
  return `${PREFIX}${token ?? '-'} ${path}`;
}

export function keepResponse(token: string | undefined, path: string, payload: unknown): void {
  try {
    localStorage.setItem(keyOf(token, path), JSON.stringify(payload));
  } catch {
    // Storage full or disabled: the page works online only.
  }
}

/** What was kept for this token and path, or undefined. */
export function keptResponse<T>(token: string | undefined, path: string): T | undefined {
  try {
    const raw = localStorage.getItem(keyOf(token, path));
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function dropResponse(token: string | undefined, path: string): void {
  try {
    localStorage.removeItem(keyOf(token, path));
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** Remove every answer kept for a token (it was replaced or refused). */
export function dropResponsesOf(token: string): void {
  try {
    const prefix = `${PREFIX}${token} `;
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    keys.forEach((key) => localStorage.removeItem(key));
  } catch {
    // Storage disabled: nothing was kept.
  }
}
