import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { teardownLater } from './teardown.js';

/**
 * A stock y-websocket client in Node, as CONTRACT.md promises it works:
 * `ws` as the WebSocket, and no BroadcastChannel (else clients in one process
 * would sync with each other and never need the server).
 */
export function connectClient(collabUrl: string, docName: string, token: string | null, doc = new Y.Doc()) {
  const provider = new WebsocketProvider(collabUrl, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: token === null ? {} : { token },
    maxBackoffTime: 200,
  });
  teardownLater(() => {
    provider.destroy();
    doc.destroy();
  });
  return { doc, provider };
}

/** Resolve once the provider has finished its first sync with the server. */
export function synced(provider: WebsocketProvider, timeoutMs = 10_000): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not synced in time')), timeoutMs);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Poll a condition until it holds (events drive it; polling only reads). */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Ask again (an HTTP read, say) until the answer satisfies `accept`; return that answer. */
export async function eventually<T>(ask: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await ask();
    if (accept(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The close code a raw websocket gets from the server. */
export function closeCode(url: string, send?: (ws: WebSocket) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('open', () => send?.(ws));
    ws.on('close', (code) => resolve(code));
    ws.on('error', () => {});
    setTimeout(() => reject(new Error('socket not closed in time')), 10_000).unref();
  });
}

/** The text of every top-level block of a body, in order. */
export function blocks(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment('body')
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().map(String).join('') : String(node)));
}

/** Append a paragraph with text, as a client that knows nothing of clause ids would. */
export function appendParagraph(doc: Y.Doc, text: string, attributes: Record<string, string> = {}): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph');
  for (const [key, value] of Object.entries(attributes)) paragraph.setAttribute(key, value);
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('body').push([paragraph]);
  return paragraph;
}
