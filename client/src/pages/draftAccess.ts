import type { Draft, Session } from '@charter/shared';
import { ApiFailure, api, errorMessage } from '../api';
import { listTokens } from '../tokens';

export type DraftAccess =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; token: string; draft: Draft; session: Session };

/**
 * Find which stored invite opens this draft: the first token the API answers
 * 200 for. Tokens of other initiatives answer 403, replaced ones 401.
 */
export async function findAccess(draftId: string, signal: AbortSignal): Promise<DraftAccess> {
  let lastError: unknown = null;
  for (const { token } of listTokens()) {
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
      if (error instanceof ApiFailure && error.status >= 400 && error.status < 500) continue;
      lastError = error;
    }
  }
  return lastError ? { kind: 'error', message: errorMessage(lastError) } : { kind: 'none' };
}
