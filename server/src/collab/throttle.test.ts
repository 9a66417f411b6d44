import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { Throttle } from './throttle.js';

/** The part of a ws socket the throttle uses: pause and resume. */
class FakeSocket extends EventEmitter {
  isPaused = false;
  pause() {
    this.isPaused = true;
  }
  resume() {
    this.isPaused = false;
  }
}

/** Past the burst of 2,000, by more than the budget refills while they are sent. */
const PAST_THE_BURST = 2_200;

/** A socket, its throttle, and the first byte of each message delivered, in order. */
function throttled(held = false) {
  const ws = new FakeSocket();
  const delivered: number[] = [];
  const throttle = new Throttle(ws, { deliver: (message) => delivered.push(message[0]!), held });
  return { ws, delivered, throttle };
}

function flood(held: boolean) {
  const { ws, delivered, throttle } = throttled(held);
  for (let i = 0; i < PAST_THE_BURST; i++) throttle.receive(new Uint8Array([i % 256]));
  return { ws, delivered };
}

describe('throttle', () => {
  it('slows a flood, pausing its socket, and delivers every message in order once the budget allows', async () => {
    const { ws, delivered } = flood(false);
    expect(delivered.length).toBeLessThan(PAST_THE_BURST);
    expect(ws.isPaused).toBe(true);
    await vi.waitFor(() => expect(delivered).toHaveLength(PAST_THE_BURST));
    expect(delivered.at(-1)).toBe((PAST_THE_BURST - 1) % 256);
    expect(ws.isPaused).toBe(false);
  });

  it('slows a flood of large messages by their bytes: 8 MB at once, then 2 MB a second, all in order', async () => {
    const { ws, delivered, throttle } = throttled();
    const started = performance.now();
    // Twelve messages of 1 MB: well under the message count, over the byte burst.
    for (let i = 0; i < 12; i++) throttle.receive(new Uint8Array(1024 * 1024).fill(i));
    expect(delivered.length).toBeLessThanOrEqual(9);
    expect(ws.isPaused).toBe(true);
    await vi.waitFor(() => expect(delivered).toHaveLength(12), { timeout: 10_000 });
    // The megabytes past the burst came at the byte budget's pace, not at once.
    expect(performance.now() - started).toBeGreaterThan(1_000);
    expect(delivered).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(ws.isPaused).toBe(false);
  });

  it('leaves the socket paused while its caller holds it', async () => {
    const { ws, delivered } = flood(true);
    expect(delivered.length).toBeLessThan(PAST_THE_BURST);
    await vi.waitFor(() => expect(delivered).toHaveLength(PAST_THE_BURST));
    expect(ws.isPaused).toBe(true);
  });

  it('drops what waits once its socket has closed', async () => {
    const { delivered, throttle } = throttled();
    for (let i = 0; i < PAST_THE_BURST; i++) throttle.receive(new Uint8Array([i % 256]));
    const before = delivered.length;
    throttle.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(delivered).toHaveLength(before);
  });
});
