import type { Server } from 'node:http';
import type * as Y from 'yjs';
import { CloseCode, bodyDocName, decisionsDocName, notesDocName, parseDocName, translationsDocName, type DraftStatus, type Role } from '@charter/shared';
import type { Logger } from '../log.js';
import type { AppStore, ContributionRow, DocumentStore } from '../store/types.js';
import { ContributionLog } from './contributions.js';
import type { ControlEvent, Relay } from './relay.js';
import { Rooms } from './rooms.js';
import { attachCollabEndpoint } from './websocket.js';
import { WriteAhead } from './writeAhead.js';

export interface CollabOptions {
  documents: DocumentStore;
  app: AppStore;
  logger: Logger;
  maxMessageBytes: number;
  /** MAX_DOCUMENT_BYTES: an update that would grow a document past this is refused. */
  maxDocumentBytes?: number;
  unloadAfterMs?: number;
  compactAfter?: number;
  /** Share live rooms with other instances (REDIS_URL). */
  relay?: Relay;
}

export type Collab = ReturnType<typeof createCollab>;

/** The live side of the server: rooms, group commit, the websocket endpoint. */
export function createCollab(options: CollabOptions) {
  const writeAhead = new WriteAhead(options.documents, options.logger);
  const contributions = new ContributionLog(options.app, options.logger);
  const rooms = new Rooms({
    onEdits(room, peer, clauseIds) {
      const draftId = parseDocName(room.name)?.draftId;
      if (!draftId) return;
      const at = new Date().toISOString();
      const person = peer.author?.id ?? '';
      for (const ref of clauseIds) contributions.add({ draftId, person, kind: 'edit', ref, communities: [...peer.communities], at });
    },
    store: options.documents,
    writeAhead,
    logger: options.logger,
    unloadAfterMs: options.unloadAfterMs ?? 30_000,
    compactAfter: options.compactAfter ?? 500,
    maxDocumentBytes: options.maxDocumentBytes ?? 16_000_000,
    relay: options.relay,
    // A draft gone meanwhile writes nothing more: treat it as adopted.
    readStatus: async (draftId) => (await options.app.getDraft(draftId))?.status ?? 'adopted',
  });
  let endpoint: { close(): void } | null = null;

  /** Apply a draft-wide event to this instance's rooms. */
  async function apply(event: ControlEvent): Promise<void> {
    if (event.type === 'status') {
      rooms.forDraft(event.draftId, (room) => room.setStatus(event.status));
      return;
    }
    if (event.type === 'remove') {
      for (const room of await rooms.all()) {
        for (const peer of room.peers.keys()) if (peer.author?.id === event.participantId) peer.close(CloseCode.Unauthorized, 'removed');
      }
      return;
    }
    // Only the sockets opened with the replaced invite: people who joined through it keep their own tokens.
    for (const room of await rooms.all()) {
      for (const peer of room.peers.keys()) {
        if (peer.initiativeId === event.initiativeId && peer.role === event.role && peer.author === null) {
          peer.close(CloseCode.Unauthorized, 'invite revoked');
        }
      }
    }
  }
  /** Here at once, and on every other instance through the relay. */
  async function broadcast(event: ControlEvent): Promise<void> {
    await apply(event);
    await options.relay?.publishControl(event);
  }
  options.relay?.onControl((event) => {
    apply(event).catch((error) => options.logger.error('control event failed', { type: event.type, error: String(error) }));
  });

  /**
   * One transaction on a document on the server's account, stored and sent to
   * every connected client like any edit (whatever the draft's status: the
   * role gate holds clients only); resolves once on disk.
   */
  async function changeDocument(name: string, change: (doc: Y.Doc) => void): Promise<void> {
    await rooms.use(name, async (room) => {
      room.transact(change);
      await new Promise<void>((resolve) => writeAhead.whenDurable(resolve));
    });
  }

  return {
    rooms,
    attach(server: Server) {
      endpoint = attachCollabEndpoint(server, {
        app: options.app,
        rooms,
        logger: options.logger,
        maxMessageBytes: options.maxMessageBytes,
      });
    },
    /** Read a draft's two documents, loading them if no one has them open. */
    async read<T>(draftId: string, read: (body: Y.Doc, notes: Y.Doc) => T): Promise<T> {
      return rooms.use(bodyDocName(draftId), (body) => rooms.use(notesDocName(draftId), (notes) => read(body.doc, notes.doc)));
    },
    /**
     * Change a draft's notes on the server's account, as if a client had: the
     * change sees both documents and the draft's status as the room gates writes
     * at this moment, runs as one transaction (no message is read between its
     * checks and its writes), is stored and sent to every connected client.
     * Resolves with its result once it is on disk.
     */
    async changeNotes<T>(draftId: string, change: (body: Y.Doc, notes: Y.Doc, status: DraftStatus) => T): Promise<T> {
      return rooms.use(bodyDocName(draftId), (body) =>
        rooms.use(notesDocName(draftId), async (notes) => {
          let result: { value: T } | null = null;
          notes.transact(() => (result = { value: change(body.doc, notes.doc, notes.status) }));
          await new Promise<void>((resolve) => writeAhead.whenDurable(resolve));
          return result!.value;
        }),
      );
    },
    /** Change a draft's text on the server's account; resolves once on disk. */
    changeBody(draftId: string, change: (body: Y.Doc) => void): Promise<void> {
      return changeDocument(bodyDocName(draftId), change);
    },
    /** Write a draft's decisions (amendments and stances), which only the server writes; resolves once on disk. */
    changeDecisions(draftId: string, change: (decisions: Y.Doc) => void): Promise<void> {
      return changeDocument(decisionsDocName(draftId), change);
    },
    /** Read a draft's text, notes and translations, loading them if no one has them open. */
    async readTranslations<T>(draftId: string, read: (body: Y.Doc, notes: Y.Doc, translations: Y.Doc) => T): Promise<T> {
      return rooms.use(translationsDocName(draftId), (translations) =>
        rooms.use(bodyDocName(draftId), (body) => rooms.use(notesDocName(draftId), (notes) => read(body.doc, notes.doc, translations.doc))),
      );
    },
    /**
     * Change a draft's translations on the server's account (no client writes
     * them): checked against the text and written in one transaction, stored and
     * sent to every connected client; resolves with its result once on disk.
     */
    async changeTranslations<T>(draftId: string, change: (body: Y.Doc, translations: Y.Doc) => T): Promise<T> {
      return rooms.use(bodyDocName(draftId), (body) =>
        rooms.use(translationsDocName(draftId), async (translations) => {
          let result: { value: T } | null = null;
          translations.transact(() => (result = { value: change(body.doc, translations.doc) }));
          await new Promise<void>((resolve) => writeAhead.whenDurable(resolve));
          return result!.value;
        }),
      );
    },
    /** A draft's status changed: its open rooms, here and on every instance, gate writes by the new one at once. */
    setStatus(draftId: string, status: DraftStatus) {
      return broadcast({ type: 'status', draftId, status });
    },
    /** Tokens of this role were replaced: close the sockets that used them, on every instance. */
    revoke(initiativeId: string, role: Role) {
      return broadcast({ type: 'revoke', initiativeId, role });
    },
    /** Count a piece of work done through the API (a comment, an amendment, a stance). */
    contributed(row: ContributionRow) {
      contributions.add(row);
    },
    /** Write the counted work now (before reading it back). */
    flushContributions() {
      return contributions.flush();
    },
    /** A person was removed: close their sockets, on every instance. */
    removeParticipant(participantId: string) {
      return broadcast({ type: 'remove', participantId });
    },
    /** The people connected to any room of this instance right now. */
    onlineParticipants(): Set<string> {
      return rooms.connectedAuthors();
    },
    /** Stop taking messages, close every socket, and wait until every update is on disk. */
    async shutdown() {
      endpoint?.close();
      await writeAhead.drained();
      await contributions.close();
      await options.relay?.close();
    },
  };
}
