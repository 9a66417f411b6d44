import { ROLES, type CreatedInitiative, type Role } from '@charter/shared';
import { readLocal, writeLocal } from './localStore';

/**
 * The initiatives started in this browser, with their four invite tokens, kept
 * in localStorage as the personal tokens are (see tokens.ts): a facilitator who
 * reloads the start page, or closes it, still has every link. `saved` records
 * that the links were also downloaded or printed, off this device.
 */
export interface StartedInitiative {
  id: string;
  name: string;
  place: string;
  startedAt: string;
  /** The invite token of each role, as the server gave it (or as last replaced here). */
  invites: Record<Role, string>;
  saved: boolean;
}

const KEY = 'charter.started';

function isStarted(value: unknown): value is StartedInitiative {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const invites = entry.invites as Record<string, unknown> | null | undefined;
  return (
    typeof entry.id === 'string' &&
    typeof entry.name === 'string' &&
    typeof entry.place === 'string' &&
    typeof entry.startedAt === 'string' &&
    typeof entry.saved === 'boolean' &&
    typeof invites === 'object' &&
    invites !== null &&
    ROLES.every((role) => typeof invites[role] === 'string')
  );
}

/** Newest first. */
export function listStarted(): StartedInitiative[] {
  try {
    const parsed: unknown = JSON.parse(readLocal(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isStarted) : [];
  } catch {
    return [];
  }
}

function save(entries: StartedInitiative[]): void {
  writeLocal(KEY, JSON.stringify(entries));
}

/** Keep a new initiative's links on this device, at once. */
export function keepStarted(name: string, place: string, created: CreatedInitiative): StartedInitiative {
  const invites = Object.fromEntries(ROLES.map((role) => [role, created.invites[role].token])) as Record<Role, string>;
  const entry: StartedInitiative = { id: created.id, name, place, startedAt: new Date().toISOString(), invites, saved: false };
  save([entry, ...listStarted().filter((other) => other.id !== created.id)]);
  return entry;
}

/** The links were downloaded or printed. */
export function markSaved(id: string): void {
  save(listStarted().map((entry) => (entry.id === id ? { ...entry, saved: true } : entry)));
}

/** A facilitator replaced a role's link: the kept one would no longer work. */
export function replaceStartedInvite(initiativeId: string, role: Role, token: string): void {
  save(listStarted().map((entry) => (entry.id === initiativeId ? { ...entry, invites: { ...entry.invites, [role]: token } } : entry)));
}
