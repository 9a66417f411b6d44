import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../log.js';
import { ControlEvent, type Relay, type RelayHandlers } from '../collab/relay.js';

const DOC_CHANNEL = 'charter:doc:';
const CONTROL_CHANNEL = 'charter:control';
const enum Kind {
  Update = 0,
  Awareness = 1,
}
const INSTANCE_BYTES = 8;

/**
 * Rooms across instances through Redis pub/sub. Each message is
 * `[kind][instance id][payload]`; a control message is `[instance id][JSON]`.
 * An instance ignores its own: it applied them before publishing. Updates are
 * published only after the publishing instance has stored them, so whatever
 * another instance forwards is already on disk. Redis must be private to the
 * instances (or guarded by ACLs and TLS): what arrives there is trusted as
 * stored; control messages are still checked before they are applied.
 */
export async function createRedisRelay(url: string, logger: Logger): Promise<Relay> {
  const instance = randomBytes(INSTANCE_BYTES);
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
  const subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
  for (const [name, client] of [['publisher', publisher], ['subscriber', subscriber]] as const) {
    client.on('error', (error) => logger.warn(`redis ${name}: ${error.message}`));
  }
  await Promise.all([publisher.connect(), subscriber.connect()]);

  const rooms = new Map<string, RelayHandlers>();
  const controlHandlers: Array<(event: ControlEvent) => void> = [];

  subscriber.on('messageBuffer', (channelBuffer: Buffer, message: Buffer) => {
    const channel = channelBuffer.toString();
    if (channel === CONTROL_CHANNEL) {
      if (message.length <= INSTANCE_BYTES || message.subarray(0, INSTANCE_BYTES).equals(instance)) return;
      const event = parseControl(message.subarray(INSTANCE_BYTES).toString());
      if (!event) return logger.warn('redis: malformed control message ignored');
      for (const handler of controlHandlers) handler(event);
      return;
    }
    const handlers = rooms.get(channel.slice(DOC_CHANNEL.length));
    if (!handlers || message.length <= 1 + INSTANCE_BYTES) return;
    if (message.subarray(1, 1 + INSTANCE_BYTES).equals(instance)) return;
    const payload = new Uint8Array(message.buffer, message.byteOffset + 1 + INSTANCE_BYTES, message.length - 1 - INSTANCE_BYTES);
    if (message[0] === Kind.Update) handlers.update(payload);
    else if (message[0] === Kind.Awareness) handlers.awareness(payload);
  });
  await subscriber.subscribe(CONTROL_CHANNEL);

  const publish = (name: string, kind: Kind, payload: Uint8Array) => {
    const message = Buffer.concat([Buffer.from([kind]), instance, payload]);
    publisher.publish(DOC_CHANNEL + name, message).catch((error: Error) => logger.error('redis publish failed', { document: name, error: error.message }));
  };

  return {
    async join(name, handlers) {
      rooms.set(name, handlers);
      await subscriber.subscribe(DOC_CHANNEL + name);
    },
    leave(name) {
      rooms.delete(name);
      subscriber.unsubscribe(DOC_CHANNEL + name).catch(() => {});
    },
    publishUpdate: (name, update) => publish(name, Kind.Update, update),
    publishAwareness: (name, update) => publish(name, Kind.Awareness, update),
    async publishControl(event) {
      await publisher.publish(CONTROL_CHANNEL, Buffer.concat([instance, Buffer.from(JSON.stringify(event))]));
    },
    onControl(handler) {
      controlHandlers.push(handler);
    },
    async close() {
      subscriber.disconnect();
      await publisher.quit().catch(() => publisher.disconnect());
    },
  };
}

function parseControl(text: string): ControlEvent | null {
  try {
    const parsed = ControlEvent.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
