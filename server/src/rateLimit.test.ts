import { describe, expect, it } from 'vitest';
import { TokenBucket } from './rateLimit.js';

describe('TokenBucket', () => {
  it('allows a burst up to its capacity, then refills at its rate', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 10, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    expect(bucket.waitMs()).toBe(100);
    now += 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 10_000;
    expect(bucket.full).toBe(true);
  });

  it('lets an amount larger than what is left overdraw it, then waits out the debt', () => {
    let now = 0;
    const bytes = new TokenBucket(1000, 1000, () => now);
    expect(bytes.take(600)).toBe(true);
    expect(bytes.take(3000)).toBe(true);
    // 400 left, 3,000 taken: 2,600 in debt, so 2.601 s until a token is back.
    expect(bytes.take(1)).toBe(false);
    expect(bytes.waitMs()).toBe(2601);
    now += 2601;
    expect(bytes.take(1)).toBe(true);
  });
});
