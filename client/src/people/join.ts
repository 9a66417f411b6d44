import type { JoinBody, JoinedParticipant, Session } from '@charter/shared';
import { api } from '../api';
import { rememberToken } from '../tokens';

/**
 * Join the initiative as a person with an invite, and keep the personal token
 * on this device: from now on it opens every page and socket of the initiative.
 */
export async function joinInitiative(invite: string, session: Session, body: JoinBody): Promise<JoinedParticipant> {
  const joined = await api<JoinedParticipant>('/api/participants', { method: 'POST', token: invite, body });
  rememberToken({
    token: joined.token,
    initiativeId: session.initiative.id,
    role: joined.role,
    initiativeName: session.initiative.name,
    invite,
    person: { id: joined.id, name: joined.name },
  });
  return joined;
}
