import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../log.js';
import type { ControlEvent, Relay } from '../collab/relay.js';
import { createRedisRelay } from './redis.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

async function relay(): Promise<{ relay: Relay; heard: ControlEvent[] }> {
  const made = await createRedisRelay(REDIS_URL, createLogger(() => {}));
  cleanup.push(() => made.close());
  const heard: ControlEvent[] = [];
  made.onControl((event) => heard.push(event));
  return { relay: made, heard };
}

describe('Redis relay: control messages', () => {
  it('reach every other instance once, not their sender, and only when well-formed', async () => {
    const a = await relay();
    const b = await relay();
    const raw = new Redis(REDIS_URL);
    cleanup.push(() => raw.quit());
    // Another instance's id, then something that is not an event, or not a valid one.
    const stranger = randomBytes(8);
    for (const body of ['not json', '{"type":"status","draftId":"../x","status":"adopted"}', '{"type":"status","draftId":"d1","status":"published"}', '{"type":"wipe"}']) {
      await raw.publish('charter:control', Buffer.concat([stranger, Buffer.from(body)]));
    }
    await a.relay.publishControl({ type: 'status', draftId: 'd1', status: 'review' });
    // Redis keeps the order of one connection's messages; what came before the valid one has been read.
    await vi.waitFor(() => expect(b.heard).toEqual([{ type: 'status', draftId: 'd1', status: 'review' }]));
    await b.relay.publishControl({ type: 'revoke', initiativeId: 'i1', role: 'editor' });
    await vi.waitFor(() => expect(a.heard).toEqual([{ type: 'revoke', initiativeId: 'i1', role: 'editor' }]));
    expect(b.heard).toHaveLength(1);
  });
});
