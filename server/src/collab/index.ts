import type { Server } from 'node:http';
import type { DraftStatus, Role } from '@charter/shared';
import { CloseCode } from '@charter/shared';
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
