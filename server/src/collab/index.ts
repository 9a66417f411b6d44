import type { Server } from 'node:http';
import type * as Y from 'yjs';
import { CloseCode, bodyDocName, notesDocName, type DraftStatus, type Role } from '@charter/shared';
import type { Logger } from '../log.js';
import type { AppStore, DocumentStore } from '../store/types.js';
import { Rooms } from './rooms.js';
import { attachCollabEndpoint } from './websocket.js';
import { WriteAhead } from './writeAhead.js';

export interface CollabOptions {
  documents: DocumentStore;
  app: AppStore;
  logger: Logger;
  maxMessageBytes: number;
  unloadAfterMs?: number;
  compactAfter?: number;
}

export type Collab = ReturnType<typeof createCollab>;

/** The live side of the server: rooms, group commit, the websocket endpoint. */
export function createCollab(options: CollabOptions) {
  const writeAhead = new WriteAhead(options.documents, options.logger);
  const rooms = new Rooms({
    store: options.documents,
    writeAhead,
    logger: options.logger,
    unloadAfterMs: options.unloadAfterMs ?? 30_000,
    compactAfter: options.compactAfter ?? 500,
  });
  let endpoint: { close(): void } | null = null;

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
    async read<T>(draftId: string, status: DraftStatus, read: (body: Y.Doc, notes: Y.Doc) => T): Promise<T> {
      return rooms.use(bodyDocName(draftId), status, (body) =>
        rooms.use(notesDocName(draftId), status, (notes) => read(body.doc, notes.doc)),
      );
    },
    /**
     * Change a draft's notes on the server's account, as if a client had: the
     * change sees both documents, runs as one transaction (no message is read
     * between its checks and its writes), is stored and sent to every connected
     * client. Resolves with its result once it is on disk.
     */
    async changeNotes<T>(draftId: string, status: DraftStatus, change: (body: Y.Doc, notes: Y.Doc) => T): Promise<T> {
      return rooms.use(bodyDocName(draftId), status, (body) =>
        rooms.use(notesDocName(draftId), status, async (notes) => {
          let result: { value: T } | null = null;
          notes.transact(() => (result = { value: change(body.doc, notes.doc) }));
          await new Promise<void>((resolve) => writeAhead.whenDurable(resolve));
          return result!.value;
        }),
      );
    },
    /** A draft's status changed: its open rooms gate writes by the new one at once. */
    async setStatus(draftId: string, status: DraftStatus) {
      for (const room of await rooms.loadedFor(draftId)) room.setStatus(status);
    },
    /** Tokens of this role were replaced: close the sockets that used them. */
    async revoke(initiativeId: string, role: Role) {
      for (const room of await rooms.all()) {
        for (const peer of room.peers.keys()) {
          if (peer.initiativeId === initiativeId && peer.role === role) peer.close(CloseCode.Unauthorized, 'invite revoked');
        }
      }
    },
    /** Stop taking messages, close every socket, and wait until every update is on disk. */
    async shutdown() {
      endpoint?.close();
      await writeAhead.drained();
    },
  };
}
