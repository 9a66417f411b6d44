import type { Draft, Session } from '@charter/shared';
import { ApiFailure, api, errorMessage } from '../api';
import { forgetToken, listTokens, rememberToken } from '../tokens';

export type DraftAccess =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'removed' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; token: string; draft: Draft; session: Session };

/**
 * Find which stored token opens this draft: the first the API answers 200 for.
 * Tokens of other initiatives answer 403, replaced invites 401. A personal
 * token answers 401 only once a facilitator removed its person: it goes, and
 * if nothing else opens the draft the page says why.
 */
export async function findAccess(draftId: string, signal: AbortSignal): Promise<DraftAccess> {
  let lastError: unknown = null;
  let removed = false;
  for (const [index, entry] of listTokens().entries()) {
    const { token, person } = entry;
    try {
      // Both at once: on a slow link each round trip counts.
      const [draft, session] = await Promise.all([
        api<Draft>(`/api/drafts/${encodeURIComponent(draftId)}`, { token, signal, keep: true }),
        api<Session>('/api/session', { token, signal, keep: true }),
      ]);
      // Tried first next time, here and by the page's early reads (index.html),
      // which read with the first token kept: a person in two initiatives pays
      // the wrong token's round trip once, not at every visit.
      if (index > 0) rememberToken(entry);
      // A copy kept on this device before drafts had a language reads as English, as the server does.
      return { kind: 'ready', token, draft: { ...draft, language: draft.language ?? 'en' }, session };
    } catch (error) {
      if (signal.aborted) throw error;
      if (error instanceof ApiFailure && error.status === 401 && person) {
        forgetToken(token);
        removed = true;
        continue;
      }
      if (error instanceof ApiFailure && error.status >= 400 && error.status < 500) continue;
      lastError = error;
    }
  }
  if (lastError) return { kind: 'error', message: errorMessage(lastError) };
  return removed ? { kind: 'removed' } : { kind: 'none' };
}
