import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Role } from '@charter/shared';

/**
 * Presence (a name, a colour, a caret) takes a few hundred bytes. A larger
 * update is refused: the room would pass it to every peer, again at each change.
 */
export const MAX_PRESENCE_BYTES = 32 * 1024;
/**
 * A presence query makes the server send every presence state (up to 32 KB
 * each): answered at most this often per socket, and dropped past it. Stock
 * clients never ask; a flood of one-byte questions must not become megabytes.
 */
export const QUERY_BURST = 3;
export const QUERIES_PER_SECOND = 2;

/** One entry of an awareness update (y-protocols' encoding): a client's state at a clock; `"null"` removes it. */
interface PresenceEntry {
  clientId: number;
  clock: number;
  state: string;
}

function readEntries(update: Uint8Array): PresenceEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: PresenceEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) });
  }
  return entries;
}

function writeEntries(entries: PresenceEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * What the server keeps of one connection's presence update: the entries of the
 * client id it owns (`claim` picks it, the first time, from the ids the update
 * gives a state), with the role shown set to the connection's own. Null if nothing is left.
 * Throws on an update that cannot be read, as any malformed message.
 */
export function ownPresence(update: Uint8Array, role: Role, claim: (ids: number[]) => number | null): Uint8Array | null {
  const entries = readEntries(update);
  // Only a state, not a removal, can claim an id: a stock client echoes the removals it hears.
  const own = claim(entries.filter((entry) => entry.state !== 'null').map((entry) => entry.clientId));
  if (own === null) return null;
  const kept = entries.filter((entry) => entry.clientId === own);
  if (kept.length === 0) return null;
  for (const entry of kept) entry.state = withRole(entry.state, role);
  return writeEntries(kept);
}

/** A state whose `user` claims another role shows the server's instead. */
function withRole(state: string, role: Role): string {
  const parsed: unknown = JSON.parse(state);
  if (typeof parsed !== 'object' || parsed === null) return state;
  const user = (parsed as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null || (user as { role?: unknown }).role === role) return state;
  (user as { role?: unknown }).role = role;
  return JSON.stringify(parsed);
}

/**
 * Which connection speaks for which presence client id: one id per connection,
 * the first it gives a state that no one shows yet (a stock client echoes the
 * states it hears, other instances' clients included).
 */
export class PresenceOwners<Owner> {
  private readonly byId = new Map<number, Owner>();
  private readonly byOwner = new Map<Owner, number>();

  /** The id this connection speaks for, claimed from `ids` the first time; null while it has none. */
  claim(owner: Owner, ids: number[], shown: (id: number) => boolean): number | null {
    const own = this.byOwner.get(owner);
    if (own !== undefined) return own;
    const free = ids.find((id) => !this.byId.has(id) && !shown(id));
    if (free === undefined) return null;
    this.byId.set(free, owner);
    this.byOwner.set(owner, free);
    return free;
  }

  /** The connection is gone: the id it spoke for, now free (null if none). */
  release(owner: Owner): number | null {
    const own = this.byOwner.get(owner);
    if (own === undefined) return null;
    this.byOwner.delete(owner);
    this.byId.delete(own);
    return own;
  }
}
