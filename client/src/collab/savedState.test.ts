import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import { trackSavedState } from './savedState';

type Handler = WebsocketProvider['messageHandlers'][number];

/** Just enough of a WebsocketProvider: its doc, socket, sync handler and events. */
function fakeProvider() {
  const doc = new Y.Doc();
  const sent: Uint8Array[] = [];
  const listeners = new Map<string, Set<(value: boolean) => void>>();
  const original = vi.fn<Handler>();
  const provider = {
    doc,
    wsconnected: true,
    ws: { readyState: 1, OPEN: 1, send: (data: Uint8Array) => sent.push(data) },
    messageHandlers: [original] as Handler[],
    on: (name: string, fn: (value: boolean) => void) => {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name)!.add(fn);
    },
    off: (name: string, fn: (value: boolean) => void) => listeners.get(name)?.delete(fn),
    emit: (name: string, value: boolean) => listeners.get(name)?.forEach((fn) => fn(value)),
  };
  return { provider, doc, sent, original };
}

/** Deliver a sync step 1 carrying `vector` as the server (or, with emitSynced false, another tab). */
function deliverStep1(provider: ReturnType<typeof fakeProvider>['provider'], vector: Uint8Array, emitSynced = true) {
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 0);
  encoding.writeVarUint(message, syncProtocol.messageYjsSyncStep1);
  encoding.writeVarUint8Array(message, vector);
  const decoder = decoding.createDecoder(encoding.toUint8Array(message));
  decoding.readVarUint(decoder);
  provider.messageHandlers[0](encoding.createEncoder(), decoder, provider as unknown as WebsocketProvider, emitSynced, 0);
  return decoder;
}

describe('trackSavedState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is unsaved after a local change until the server’s state vector covers it', () => {
    const { provider, doc, sent, original } = fakeProvider();
    const saved = trackSavedState(provider as unknown as WebsocketProvider);
    expect(saved.isSaved()).toBe(true);

    const before = Y.encodeStateVector(doc);
    doc.getText('t').insert(0, 'hello');
    expect(saved.isSaved()).toBe(false);

    // After the pause it asks the server with a sync step 1 of its own.
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(300);
    expect(sent).toHaveLength(1);
    const asked = decoding.createDecoder(sent[0]);
    expect(decoding.readVarUint(asked)).toBe(0);
    expect(decoding.readVarUint(asked)).toBe(syncProtocol.messageYjsSyncStep1);

    // A server that has not stored the change yet.
    const decoder = deliverStep1(provider, before);
    expect(saved.isSaved()).toBe(false);
    // The original handler still reads the message from its start.
    expect(original).toHaveBeenCalledTimes(1);
    expect(original.mock.calls[0][1]).toBe(decoder);
    expect(decoder.pos).toBe(1);

    deliverStep1(provider, Y.encodeStateVector(doc));
    expect(saved.isSaved()).toBe(true);
  });

  it('ignores changes that came from the server and step 1 from other tabs', () => {
    const { provider, doc } = fakeProvider();
    const saved = trackSavedState(provider as unknown as WebsocketProvider);
    const other = new Y.Doc();
    other.getText('t').insert(0, 'remote');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), provider);
    expect(saved.isSaved()).toBe(true);

    doc.getText('t').insert(0, 'local ');
    deliverStep1(provider, Y.encodeStateVector(doc), false);
    expect(saved.isSaved()).toBe(false);
  });

  it('stays saved when this device’s copy holds only what the server confirmed, and remembers the confirmation', () => {
    const stored: Uint8Array[] = [];
    const confirmed = { read: () => stored.at(-1) ?? null, write: (vector: Uint8Array) => void stored.push(vector) };
    const localOrigin = { name: 'this device' };

    // An earlier visit: typed, confirmed by the server, kept on the device.
    const earlier = fakeProvider();
    const first = trackSavedState(earlier.provider as unknown as WebsocketProvider, { localOrigin, confirmed });
    earlier.doc.getText('t').insert(0, 'kept');
    deliverStep1(earlier.provider, Y.encodeStateVector(earlier.doc));
    expect(first.isSaved()).toBe(true);
    expect(stored).toHaveLength(1);
    const copy = Y.encodeStateAsUpdate(earlier.doc);

    // Reloaded offline: the copy read back is all confirmed, so still saved.
    const reloaded = fakeProvider();
    const second = trackSavedState(reloaded.provider as unknown as WebsocketProvider, { localOrigin, confirmed });
    Y.applyUpdate(reloaded.doc, copy, localOrigin);
    expect(second.isSaved()).toBe(true);

    // A copy holding an edit the server never confirmed is not saved.
    earlier.doc.getText('t').insert(4, ' and unsent');
    const withUnsent = Y.encodeStateAsUpdate(earlier.doc);
    const third = fakeProvider();
    const tracked = trackSavedState(third.provider as unknown as WebsocketProvider, { localOrigin, confirmed });
    Y.applyUpdate(third.doc, withUnsent, localOrigin);
    expect(tracked.isSaved()).toBe(false);
  });

  it('notifies subscribers and restores the handler when destroyed', () => {
    const { provider, doc, original } = fakeProvider();
    const saved = trackSavedState(provider as unknown as WebsocketProvider);
    const listener = vi.fn();
    saved.subscribe(listener);
    doc.getText('t').insert(0, 'x');
    deliverStep1(provider, Y.encodeStateVector(doc));
    expect(listener).toHaveBeenCalledTimes(2);
    saved.destroy();
    expect(provider.messageHandlers[0]).toBe(original);
  });
});
