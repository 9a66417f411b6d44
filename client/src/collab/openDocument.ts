import { CloseCode } from '@charter/shared';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { keepLocalCopy, type LocalCopy } from './localCopy';
import { forgetRefusedCopy } from './refused';

/** The websocket endpoint on the page's own host: one port serves the page and `/collab`. */
export function collabUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
  return `${scheme}${window.location.host}/collab`;
}

export interface OpenDocument {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The copy on this device, or null (not asked for, or the browser keeps none). */
  local: LocalCopy | null;
  /** Stop syncing and keeping the copy; the copy stays on the device. */
  close(): void;
}

/**
 * One of a draft's documents over a socket of its own (so the server can gate
 * each by role), with, when `keepOnDevice`, a copy in this browser for offline
 * work that goes when the server refuses the token for good.
 */
export function openDocument(docName: string, token: string, keepOnDevice: boolean): OpenDocument {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabUrl(), docName, doc, { params: { token }, shouldReconnect: reconnectAfter });
  const local = keepOnDevice ? keepLocalCopy(docName, doc) : null;
  const stopForgetting = forgetRefusedCopy(provider, local, token);
  return {
    doc,
    provider,
    local,
    close() {
      stopForgetting();
      local?.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}

/**
 * The server refused us for good (44xx), or refused a change too large to keep
 * (1009: sent again on reconnecting, it would be refused again): stop, and say so.
 */
function reconnectAfter(event: { code: number }): boolean {
  return event.code !== CloseCode.MessageTooBig && !(event.code >= 4400 && event.code < 4500);
}
