import type { Participant, RosterEntry } from '@charter/shared';
import type { ParticipantRow } from '../store/types.js';

/** What a person is shown of themselves (communities included: they are theirs). */
export function presentParticipant({ id, name, role, communities, language }: ParticipantRow): Participant {
  return { id, name, role, communities, ...(language ? { language } : {}) };
}

/** A person as the facilitator's roster shows them: when they joined, were last seen, and whether they are here now. */
export function presentRosterEntry(person: ParticipantRow, online: ReadonlySet<string>): RosterEntry {
  return { ...presentParticipant(person), joinedAt: person.joinedAt, lastSeenAt: person.lastSeenAt, online: online.has(person.id) };
}
