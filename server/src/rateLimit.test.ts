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
});
