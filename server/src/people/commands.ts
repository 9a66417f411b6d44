import { randomId, type Author, type JoinBody, type UpdateParticipantBody } from '@charter/shared';
import { newToken, type Credentials } from '../auth.js';
import type { Collab } from '../collab/index.js';
import { assertInitiative } from '../http/auth.js';
import { notFound } from '../http/errors.js';
import type { AppStore, ParticipantRow } from '../store/types.js';

interface Deps {
  app: AppStore;
  collab: Collab;
}

/** A person joins with an invite: a record in the invite's role, and a personal token of their own. */
export async function join(app: AppStore, credentials: Credentials, body: JoinBody): Promise<{ person: ParticipantRow; token: string }> {
  const now = new Date().toISOString();
  const person: ParticipantRow = {
    id: randomId(),
    initiativeId: credentials.initiativeId,
    role: credentials.role,
    name: body.name,
    communities: [...new Set(body.communities ?? [])],
    ...(body.language ? { language: body.language } : {}),
    joinedAt: now,
    lastSeenAt: now,
  };
  const { token, hash } = newToken();
  await app.createParticipant(person, hash);
  return { person, token };
}

/** The person a personal token names, as stored (404 if gone). */
export async function findMe(app: AppStore, me: Author): Promise<ParticipantRow> {
  const person = await app.getParticipant(me.id);
  if (!person) throw notFound('person');
  return person;
}

/** A person changes their own name, communities or language. */
export async function updateMe(app: AppStore, person: ParticipantRow, patch: UpdateParticipantBody): Promise<ParticipantRow> {
  const updated: ParticipantRow = {
    ...person,
    ...patch,
    communities: patch.communities ? [...new Set(patch.communities)] : person.communities,
  };
  await app.saveParticipant(updated);
  return updated;
}

/** A facilitator removes one person: their token stops at once, their connections close, nobody else is affected. */
export async function removePerson({ app, collab }: Deps, credentials: Credentials, personId: string): Promise<void> {
  const person = await app.getParticipant(personId);
  if (!person || person.removed) throw notFound('person');
  assertInitiative(credentials, person.initiativeId);
  const removed = await app.removeParticipant(person.id, {
    initiativeId: person.initiativeId,
    draftId: null,
    at: new Date().toISOString(),
    kind: 'participant_removed',
    author: credentials.participant,
    detail: person.name,
  });
  if (!removed) throw notFound('person');
  await collab.removeParticipant(person.id);
}
