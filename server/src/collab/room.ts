import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  BODY_FRAGMENT,
  CloseCode,
  DRAFT_META_MAP,
  canWriteBody,
  canManage,
  canWriteNotes,
  type DocKind,
  type DraftStatus,
  type Role,
} from '@charter/shared';
import type { Logger } from '../log.js';
import { isPeer, RELAY_ORIGIN, SERVER_ORIGIN, STORE_ORIGIN, type Origin } from './origins.js';
import type { Relay } from './relay.js';
import type { Peer } from './peer.js';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, encodeWholeStep2, MessageType, SyncType } from './protocol.js';
import type { WriteAhead } from './writeAhead.js';
import { ClauseIndex } from './clauseIndex.js';
import { DocumentSize, dropPendingPastBound } from './documentLimits.js';
import { touchedClauses } from './edits.js';
import { NotesGuard } from './notesGuard.js';
import { NotesIndex } from './notesIndex.js';
import { MAX_PRESENCE_BYTES, ownPresence, PresenceOwners, QUERIES_PER_SECOND, QUERY_BURST } from './presence.js';
import { TokenBucket } from '../rateLimit.js';

/** How a draft's body and notes rooms consult each other about which clauses have notes. */
export interface RoomLinks {
  /** For a body: does any note name this clause? */
  annotated(clauseId: string): boolean;
  /** For notes: the last note of this clause is gone. */
  unannotated(clauseId: string): void;
}

/**
 * May this role write this kind of document while the draft has this status?
 * Body: facilitators and editors, while drafting. Notes: all but viewers, until
 * adopted. Session controls: facilitators, whatever the status. Decisions: no
 * client, whatever its role (the API is the one way in, so a tally cannot be forged). Translations: no client.
 */
export function mayWrite(role: Role, kind: DocKind, status: DraftStatus): boolean {
  if (kind === 'decisions') return false;
  if (kind === 'body') return status === 'drafting' && canWriteBody(role);
  if (kind === 'session') return canManage(role);
  // Translations are written through the API alone, which records who saved each one and from what text.
  if (kind === 'translations') return false;
  return status !== 'adopted' && canWriteNotes(role);
}

/**
 * One open document: its Y.Doc, the peers editing it, their awareness. The hot
 * path of an update: role gate → apply → append to this turn's commit → once
 * committed, encode once and send the same bytes to every other peer.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** The connected peers, each with its budget of presence queries (made at its first: stock clients never ask). */
  readonly peers = new Map<Peer, TokenBucket | null>();
  /** Which connection owns each presence client id: it alone may set or remove that presence. */
  private readonly presenceOwners = new PresenceOwners<Peer>();
  /** Updates stored since the log was last compacted (or loaded). */
  logLength = 0;
  /** The document's size, against MAX_DOCUMENT_BYTES. */
  readonly size: DocumentSize;
  /** The clause invariants of a body document (null for notes). */
  private clauses: ClauseIndex | null = null;
  /** Told which clauses each peer's change touched (body documents), to count who shaped the text. */
  onEdits: ((peer: Peer, clauseIds: string[]) => void) | null = null;
  /** Told after each of this room's own updates is on disk (not relayed ones: their instance stored them). */
  onCommitted: (() => void) | null = null;
  /** Who may change which record of a notes document (null for the others). */
  private guard: NotesGuard | null = null;
  /** The clauses a notes document annotates (null for a body). */
  private notes: NotesIndex | null = null;
  /**
   * The document as it is now, encoded at the first join (or compaction) that
   * asks and dropped at the next change: people who open a draft one after
   * another, or reconnect together, cost one encoding (as Hocuspocus does).
   */
  private encodedStep1: Uint8Array | null = null;
  private encodedState: Uint8Array | null = null;
  private encodedWholeState: Uint8Array | null = null;

  constructor(
    readonly name: string,
    readonly kind: DocKind,
    private draftStatus: DraftStatus,
    stored: Uint8Array[],
    private readonly writeAhead: WriteAhead,
    private readonly logger: Logger,
    private readonly relay: Relay | null = null,
    links: RoomLinks = { annotated: () => false, unannotated: () => {} },
    maxBytes = 16_000_000,
  ) {
    // The server holds no awareness state of its own.
    this.awareness.setLocalState(null);
    this.doc.transact(() => {
      for (const update of stored) Y.applyUpdate(this.doc, update);
    }, STORE_ORIGIN);
    this.logLength = stored.length;
    this.size = new DocumentSize(this.doc, maxBytes, stored);
    this.doc.on('update', (update: Uint8Array, origin: Origin) => this.onUpdate(update, origin));
    // Every transaction, also one that only left an update waiting for what it builds on.
    // Cleared, not reallocated: this runs on every keystroke.
    this.doc.on('afterTransaction', () => {
      this.encodedStep1 = null;
      this.encodedState = null;
      this.encodedWholeState = null;
    });
    this.awareness.on('update', this.onAwareness);
    if (kind === 'body') {
      this.clauses = new ClauseIndex(this.doc, links.annotated);
      const body = this.doc.getXmlFragment(BODY_FRAGMENT);
      this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
        if (!this.onEdits || !isPeer(transaction.origin)) return;
        const touched = touchedClauses(transaction, body);
        if (touched.length > 0) this.onEdits(transaction.origin, touched);
      });
      this.clauses.settle(SERVER_ORIGIN);
      this.clauses.prune(SERVER_ORIGIN);
      this.publishStatus();
    }
    if (kind === 'notes') {
      this.notes = new NotesIndex(this.doc, links.unannotated);
      this.guard = new NotesGuard(this.doc);
    }
  }

  /** Does any note of this (notes) document name the clause? */
  isAnnotated(clauseId: string): boolean {
    return this.notes?.has(clauseId) ?? false;
  }

  /** The clause's notes are gone: the body keeps its last text no more. */
  forgetClauseText(clauseId: string): void {
    this.clauses?.forgetText(clauseId, SERVER_ORIGIN);
  }

  /** The draft's status as this room gates writes now (set at load, then only by status events). */
  get status(): DraftStatus {
    return this.draftStatus;
  }

  join(peer: Peer): void {
    this.peers.set(peer, null);
    this.sendDurable(peer, this.syncStep1());
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) {
      peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
    }
  }

  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    const own = this.presenceOwners.release(peer);
    if (own !== null) awarenessProtocol.removeAwarenessStates(this.awareness, [own], null);
  }

  /** Read one message; a malformed one closes its own socket and harms no one else. */
  handleMessage(peer: Peer, message: Uint8Array): void {
    if (!this.peers.has(peer)) return;
    try {
      this.readMessage(peer, message);
    } catch (error) {
      this.logger.warn('malformed message; closing its socket', { document: this.name, error: String(error) });
      peer.close(CloseCode.BadMessage, 'malformed message');
    }
  }

  /** Apply a change made by the server itself (stored and broadcast like any edit). */
  transact(change: (doc: Y.Doc) => void): void {
    this.doc.transact(() => change(this.doc), SERVER_ORIGIN);
    this.fixClauseIds();
  }

  /**
   * The draft's status changed. Writes the gate dropped meanwhile still sit in
   * their authors' documents, and Yjs cannot apply their later edits without
   * them: ask every peer for what we lack, so writers that may write again are
   * whole again, and no one is left with edits the server cannot place.
   */
  setStatus(status: DraftStatus): void {
    if (status === this.draftStatus) return;
    this.draftStatus = status;
    this.publishStatus();
    const request = this.syncStep1();
    for (const peer of this.peers.keys()) this.sendDurable(peer, request);
  }

  destroy(): void {
    this.guard?.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private readMessage(peer: Peer, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.Sync: {
        const syncType = decoding.readVarUint(decoder);
        if (syncType === SyncType.Step1) {
          const stateVector = decoding.readVarUint8Array(decoder);
          // Answer with our own state vector (a client that compares it with its
          // own knows every change it made is stored), then with what the peer
          // lacks. In this order a joining client answers our step 1 before it
          // holds the whole document, when that answer costs it nothing.
          this.sendDurable(peer, this.syncStep1());
          this.sendDurable(peer, this.syncStep2(stateVector));
          return;
        }
        if (syncType !== SyncType.Step2 && syncType !== SyncType.Update) throw new Error(`unknown sync type ${syncType}`);
        const update = decoding.readVarUint8Array(decoder);
        // The role gate: dropped before it is applied, stored or forwarded.
        if (!mayWrite(peer.role, this.kind, this.draftStatus)) return;
        if (this.size.wouldPass(update.length)) {
          this.logger.warn('update refused: the document would pass MAX_DOCUMENT_BYTES', { document: this.name, bytes: this.size.estimate, update: update.length });
          peer.close(CloseCode.MessageTooBig, 'document too large');
          return;
        }
        // Nobody changes another person's notes: checked on a copy, dropped before anything else.
        if (this.guard && !this.guard.admits(update, peer.author)) {
          this.logger.warn('notes update that changes another person\'s records dropped', { document: this.name, role: peer.role });
          return;
        }
        Y.applyUpdate(this.doc, update, peer);
        const dropped = dropPendingPastBound(this.doc);
        if (dropped > 0) this.logger.warn('updates with missing dependencies dropped', { document: this.name, bytes: dropped });
        this.fixClauseIds();
        // The status is the server's to say: a client that rewrites it is answered at once.
        this.publishStatus();
        return;
      }
      case MessageType.Awareness: {
        const update = decoding.readVarUint8Array(decoder);
        if (update.length > MAX_PRESENCE_BYTES) throw new Error(`presence update of ${update.length} bytes, over ${MAX_PRESENCE_BYTES}`);
        const shown = this.awareness.getStates();
        const own = ownPresence(update, peer.role, (ids) => this.presenceOwners.claim(peer, ids, (id) => shown.has(id)));
        if (own) awarenessProtocol.applyAwarenessUpdate(this.awareness, own, peer);
        return;
      }
      case MessageType.QueryAwareness:
        if (!this.queryBudget(peer).take()) return;
        peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])));
        return;
      case MessageType.Auth:
        // Authentication happens at connect time; a client's auth message carries nothing for us.
        return;
      default:
        throw new Error(`unknown message type ${type}`);
    }
  }

  private queryBudget(peer: Peer): TokenBucket {
    let budget = this.peers.get(peer);
    if (!budget) this.peers.set(peer, (budget = new TokenBucket(QUERY_BURST, QUERIES_PER_SECOND)));
    return budget;
  }

  /** An update another instance stored and relayed: apply it and pass it to our peers. */
  applyRelayedUpdate(update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update, RELAY_ORIGIN);
    } catch (error) {
      this.logger.error('relayed update could not be applied', { document: this.name, error: String(error) });
    }
  }

  applyRelayedAwareness(update: Uint8Array): void {
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, RELAY_ORIGIN);
    } catch (error) {
      this.logger.warn('relayed presence could not be applied', { document: this.name, error: String(error) });
    }
  }

  private syncStep1(): Uint8Array {
    return (this.encodedStep1 ??= encodeSyncStep1(this.doc));
  }

  /** What a peer with this state vector lacks; for a peer that has nothing (a join), the cached whole state. */
  private syncStep2(stateVector: Uint8Array): Uint8Array {
    const hasNothing = stateVector.length === 1 && stateVector[0] === 0;
    if (!hasNothing) return encodeSyncStep2(this.doc, stateVector);
    return (this.encodedWholeState ??= encodeWholeStep2(this.wholeState()));
  }

  /** The whole document as one update: what a join receives, and what compaction stores. */
  wholeState(): Uint8Array {
    return (this.encodedState ??= Y.encodeStateAsUpdate(this.doc));
  }

  private onUpdate(update: Uint8Array, origin: Origin): void {
    if (origin === STORE_ORIGIN) return;
    if (!isPeer(origin)) this.guard?.follow(update);
    this.size.added(update.length);
    const message = encodeUpdate(update);
    if (origin === RELAY_ORIGIN) {
      for (const peer of this.peers.keys()) peer.send(message);
      return;
    }
    this.writeAhead.append(this.name, update);
    this.logLength++;
    this.writeAhead.whenDurable(() => {
      for (const peer of this.peers.keys()) {
        if (peer !== origin) peer.send(message);
      }
      this.relay?.publishUpdate(this.name, update);
      this.onCommitted?.();
    });
  }

  private onAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const message = encodeAwareness(update);
    for (const peer of this.peers.keys()) peer.send(message);
    if (origin !== RELAY_ORIGIN) this.relay?.publishAwareness(this.name, update);
  };

  /** After a change: keep the clause invariants for every client, the stock one included. */
  private fixClauseIds(): void {
    this.clauses?.settle(SERVER_ORIGIN);
  }

  /** Mirror the draft's status into the body, where every open editor sees it change. */
  private publishStatus(): void {
    if (this.kind !== 'body') return;
    const meta = this.doc.getMap(DRAFT_META_MAP);
    if (meta.get('status') !== this.draftStatus) this.doc.transact(() => meta.set('status', this.draftStatus), SERVER_ORIGIN);
  }

  /** Sync messages can carry uncommitted updates: they wait for the commit. */
  private sendDurable(peer: Peer, message: Uint8Array): void {
    this.writeAhead.whenDurable(() => {
      if (this.peers.has(peer)) peer.send(message);
    });
  }
}
