import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * How a server frames the y-protocols messages. The product and the reference
 * speak plain y-websocket; Hocuspocus 3 prefixes every message with the
 * document name and wants an auth message before it reads anything else, so
 * the stock WebsocketProvider cannot talk to it.
 */
export type Dialect = 'y-websocket' | 'hocuspocus';

/** Where one client connects. */
export interface Endpoint {
  url: string;
  dialect: Dialect;
  /** The document name (Hocuspocus puts it in every message; the others in the URL). */
  room: string;
}

export const MessageType = { Sync: 0, Awareness: 1, Auth: 2, SyncReply: 4 } as const;
export const SyncType = { Step1: 0, Step2: 1, Update: 2 } as const;
/** Hocuspocus auth sub-messages. */
const AuthType = { Token: 0, PermissionDenied: 1 } as const;

/** One message: the dialect's prefix, then what `write` puts after the message type. */
export function frame(endpoint: Endpoint, type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  if (endpoint.dialect === 'hocuspocus') encoding.writeVarString(encoder, endpoint.room);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncMessage(endpoint: Endpoint, syncType: number, payload: Uint8Array): Uint8Array {
  return frame(endpoint, MessageType.Sync, (encoder) => {
    encoding.writeVarUint(encoder, syncType);
    encoding.writeVarUint8Array(encoder, payload);
  });
}

/** What a client sends on open, before its sync step 1. */
export function openingMessages(endpoint: Endpoint): Uint8Array[] {
  if (endpoint.dialect !== 'hocuspocus') return [];
  // The default Hocuspocus has no onAuthenticate hook: any token passes, but one must be sent.
  return [
    frame(endpoint, MessageType.Auth, (encoder) => {
      encoding.writeVarUint(encoder, AuthType.Token);
      encoding.writeVarString(encoder, '');
    }),
  ];
}

export type Incoming =
  | { kind: 'sync'; syncType: number; payload: Uint8Array }
  | { kind: 'denied'; reason: string }
  | { kind: 'other' };

/** Read one message from the server, as far as a client of this benchmark cares. */
export function readMessage(endpoint: Endpoint, data: Uint8Array): Incoming {
  const decoder = decoding.createDecoder(data);
  if (endpoint.dialect === 'hocuspocus') decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === MessageType.Sync || (endpoint.dialect === 'hocuspocus' && type === MessageType.SyncReply)) {
    const syncType = decoding.readVarUint(decoder);
    return { kind: 'sync', syncType, payload: decoding.readVarUint8Array(decoder) };
  }
  if (endpoint.dialect === 'hocuspocus' && type === MessageType.Auth && decoding.readVarUint(decoder) === AuthType.PermissionDenied) {
    return { kind: 'denied', reason: decoding.readVarString(decoder) };
  }
  return { kind: 'other' };
}
