import type { Author, DraftSummary, Session } from '@charter/shared';
import { ApiFailure, api, errorMessage } from '../api';
import { forgetToken, joinedWith, listTokens, rememberToken } from '../tokens';

export type JoinState =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'removed' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      session: Session;
      drafts: DraftSummary[];
      /** The token every call of this page uses: the person's own once they joined. */
      token: string;
      /** The invite in the address, for joining; null when the address holds a personal token. */
      invite: string | null;
      /** Who this device knows as here, or null until someone joins. */
      person: Author | null;
    };

async function readSession(token: string, signal?: AbortSignal): Promise<Session> {
  return api<Session>('/api/session', { token, signal, keep: true });
}

/**
 * What `/join/<token>` opens. A person who joined through this invite on this
 * device is recognised (their personal token, kept here, answers for them); a
 * personal token refused 401 means a facilitator removed them. Otherwise the
 * invite is remembered, unless someone already joined this initiative here with
 * another link: their personal token stays until they choose to join anew.
 */
export async function openJoin(token: string, signal?: AbortSignal): Promise<JoinState> {
  try {
    const known = joinedWith(token);
    let session: Session;
    let working = token;
    if (known) {
      try {
        session = await readSession(known.token, signal);
        working = known.token;
      } catch (error) {
        if (error instanceof ApiFailure && error.status === 401) {
          forgetToken(known.token);
          return { kind: 'removed' };
        }
        throw error;
      }
    } else {
      session = await readSession(token, signal);
      const holder = listTokens().find((entry) => entry.initiativeId === session.initiative.id && entry.person);
      const base = { initiativeId: session.initiative.id, role: session.role, initiativeName: session.initiative.name };
      if (session.participant) rememberToken({ ...base, token, person: { id: session.participant.id, name: session.participant.name } });
      else if (!holder) rememberToken({ ...base, token });
    }
    const drafts = await api<DraftSummary[]>(`/api/initiatives/${encodeURIComponent(session.initiative.id)}/drafts`, {
      token: working,
      signal,
      keep: true,
    });
    const person = session.participant ? { id: session.participant.id, name: session.participant.name } : null;
    const invite = known?.invite ?? (session.participant ? null : token);
    return { kind: 'ready', session, drafts, token: working, invite, person };
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof ApiFailure && error.status === 401) {
      forgetToken(token);
      return { kind: 'invalid' };
    }
    return { kind: 'error', message: errorMessage(error) };
  }
}
