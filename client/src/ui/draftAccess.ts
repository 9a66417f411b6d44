import type { Draft, Session } from '@charter/shared';
import { ApiFailure, api, errorMessage } from '../api';
import { forgetToken, listTokens } from '../tokens';

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
  for (const { token, person } of listTokens()) {
    try {
      // Both at once: on a slow link each round trip counts.
      const [draft, session] = await Promise.all([
        api<Draft>(`/api/drafts/${encodeURIComponent(draftId)}`, { token, signal, keep: true }),
        api<Session>('/api/session', { token, signal, keep: true }),
      ]);
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
