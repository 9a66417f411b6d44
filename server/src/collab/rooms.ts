import { bodyDocName, notesDocName, parseDocName, type DraftStatus } from '@charter/shared';
import type { Logger } from '../log.js';
import type { DocumentStore } from '../store/types.js';
import type { Peer } from './peer.js';
import type { Relay } from './relay.js';
import { Room, type RoomLinks } from './room.js';
import type { WriteAhead } from './writeAhead.js';

export interface RoomsOptions {
  store: DocumentStore;
  writeAhead: WriteAhead;
  logger: Logger;
  /** How long a room with no peer stays loaded, in case someone comes back. */
  unloadAfterMs: number;
  /** Fold the log into one update once it holds this many. */
  compactAfter: number;
  /** MAX_DOCUMENT_BYTES (default 16 MB). */
  maxDocumentBytes?: number;
  /** Other instances' copies of each room (REDIS_URL), if any. */
  relay?: Relay;
  /**
   * A draft's status as stored, read when one of its rooms loads. The room is
   * listed before this read starts, so a status event that follows the read
   * waits for the load and is applied after it: a load never ends stale.
   */
  readStatus(draftId: string): Promise<DraftStatus>;
  /** Told which clauses each peer's change touched. */
  onEdits?: (room: Room, peer: Peer, clauseIds: string[]) => void;
}

/**
 * The open rooms. Concurrent opens of one document share one load; a room with
 * no peer is unloaded after a grace period, once its updates are on disk.
 */
export class Rooms {
  private readonly rooms = new Map<string, Promise<Room>>();
  /** The loaded rooms, for synchronous reads. */
  private readonly ready = new Set<Room>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly compacting = new Set<string>();
  /** Rooms held by server-side work (API calls), by name: not unloaded meanwhile. */
  private readonly holds = new Map<string, number>();

  constructor(private readonly options: RoomsOptions) {}

  /** Open (or find) the room of a document and add the peer to it. */
  async join(name: string, peer: Peer): Promise<Room> {
    // Cancel a pending unload before waiting, so it cannot fire in between.
    clearTimeout(this.unloadTimers.get(name));
    this.unloadTimers.delete(name);
    const room = await this.open(name);
    room.join(peer);
    return room;
  }

  leave(room: Room, peer: Peer): void {
    room.leave(peer);
    if (this.idle(room)) this.scheduleUnload(room);
  }

  /**
   * Work on a document on the server's own account (an API call): the room is
   * loaded if it was not, held while `work` runs, and unloaded later as usual.
   * The room's status is its own (`room.status`): the caller's copy may be stale.
   */
  async use<T>(name: string, work: (room: Room) => T | Promise<T>): Promise<T> {
    this.hold(name);
    try {
      const room = await this.open(name);
      return await work(room);
    } finally {
      await this.release(name);
    }
  }

  /** Keep a room loaded (or about to be) until `release`. */
  private hold(name: string): void {
    clearTimeout(this.unloadTimers.get(name));
    this.unloadTimers.delete(name);
    this.holds.set(name, (this.holds.get(name) ?? 0) + 1);
  }

  private async release(name: string): Promise<void> {
    const left = (this.holds.get(name) ?? 1) - 1;
    if (left > 0) this.holds.set(name, left);
    else this.holds.delete(name);
    const room = await this.rooms.get(name)?.catch(() => null);
    if (room && this.idle(room)) this.scheduleUnload(room);
  }

  /**
   * Do `work` on each room of a draft (its body, notes, session), in the order
   * calls come: at once for a loaded room, as soon as it is ready for one
   * still loading. A status event thus lands after the load's own status read.
   */
  forDraft(draftId: string, work: (room: Room) => void): void {
    for (const [name, room] of this.rooms) {
      if (parseDocName(name)?.draftId === draftId) room.then(work, () => {});
    }
  }

  /** Every loaded room (for shutdown and revocation), waiting for those still loading; a failed load is left out. */
  async all(): Promise<Room[]> {
    const settled = await Promise.allSettled(this.rooms.values());
    return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  }

  /** The people with a socket open on this instance (rooms still loading are not counted). */
  connectedAuthors(): Set<string> {
    const ids = new Set<string>();
    for (const room of this.ready) for (const peer of room.peers.keys()) if (peer.author) ids.add(peer.author.id);
    return ids;
  }

  /** After a commit (and on unload): fold the log into one update, when it has grown long. */
  private maybeCompact(room: Room): void {
    if (room.logLength < this.options.compactAfter || this.compacting.has(room.name)) return;
    this.compacting.add(room.name);
    this.options.writeAhead.whenDurable(() => {
      this.options.store
        .compact(room.name, () => room.wholeState())
        .then(() => {
          room.logLength = 1;
          room.size.measure();
        })
        .catch((error) => this.options.logger.error('compaction failed; the log is kept', { document: room.name, error: String(error) }))
        .finally(() => this.compacting.delete(room.name));
    });
  }

  private open(name: string): Promise<Room> {
    let room = this.rooms.get(name);
    if (!room) {
      room = this.load(name);
      this.rooms.set(name, room);
      // A failed load is not cached: the next join tries again.
      room.catch(() => this.rooms.delete(name));
    }
    return room;
  }

  private idle(room: Room): boolean {
    return room.peers.size === 0 && !this.holds.has(room.name);
  }

  /**
   * Load a room. With a relay, listen to the other instances first and hold
   * what they send until the room exists: an update stored elsewhere between
   * our read and our subscription is then not missed (applying it twice is harmless).
   */
  private async load(name: string): Promise<Room> {
    const { relay, store, writeAhead, logger, readStatus } = this.options;
    const parsed = parseDocName(name);
    const kind = parsed?.kind ?? 'body';
    // A body asks its notes, at each deleted clause, whether its text is worth keeping:
    // its notes stay loaded as long as it is.
    const notesName = kind === 'body' && parsed ? notesDocName(parsed.draftId) : null;
    let notes: Room | null = null;
    if (notesName) {
      this.hold(notesName);
      try {
        notes = await this.open(notesName);
      } catch (error) {
        await this.release(notesName);
        throw error;
      }
    }
    const links: RoomLinks = {
      annotated: (clauseId) => notes?.isAnnotated(clauseId) ?? false,
      unannotated: (clauseId) => {
        if (parsed) this.rooms.get(bodyDocName(parsed.draftId))?.then((body) => body.forgetClauseText(clauseId), () => {});
      },
    };
    const held: Array<(room: Room) => void> = [];
    let ready: Room | null = null;
    if (relay) {
      await relay.join(name, {
        update: (update) => (ready ? ready.applyRelayedUpdate(update) : held.push((room) => room.applyRelayedUpdate(update))),
        awareness: (update) => (ready ? ready.applyRelayedAwareness(update) : held.push((room) => room.applyRelayedAwareness(update))),
      });
    }
    try {
      const [stored, status] = await Promise.all([store.load(name), readStatus(parsed?.draftId ?? name)]);
      ready = new Room(name, kind, status, stored, writeAhead, logger, relay ?? null, links, this.options.maxDocumentBytes);
    } catch (error) {
      relay?.leave(name);
      if (notesName) await this.release(notesName);
      throw error;
    }
    const onEdits = this.options.onEdits;
    if (onEdits) ready.onEdits = (peer, clauseIds) => onEdits(ready, peer, clauseIds);
    const room = ready;
    room.onCommitted = () => this.maybeCompact(room);
    for (const apply of held) apply(ready);
    this.ready.add(ready);
    return ready;
  }

  private scheduleUnload(room: Room): void {
    clearTimeout(this.unloadTimers.get(room.name));
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.name);
      // Never unload with writes pending: wait until they are on disk.
      this.options.writeAhead.whenDurable(() => {
        if (!this.idle(room) || this.unloadTimers.has(room.name)) return;
        this.rooms.delete(room.name);
        this.ready.delete(room);
        this.options.relay?.leave(room.name);
        this.maybeCompact(room);
        room.destroy();
        const parsed = parseDocName(room.name);
        if (room.kind === 'body' && parsed) void this.release(notesDocName(parsed.draftId));
      });
    }, this.options.unloadAfterMs);
    timer.unref();
    this.unloadTimers.set(room.name, timer);
  }
}
