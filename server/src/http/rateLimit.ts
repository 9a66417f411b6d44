import { createHash } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { TokenBucket } from '../rateLimit.js';
import { bearer } from './auth.js';
import { errorBody } from './errors.js';

export interface ApiLimit {
  burst: number;
  perSecond: number;
}

/** Generous for people and scripts that read and write a draft; a loop gone wrong hits it. */
export const API_LIMIT: ApiLimit = { burst: 300, perSecond: 50 };

/**
 * Limit API calls per caller: per invite token when there is one, else per
 * address. Over the limit: 429 with Retry-After. The caller is named by a hash,
 * so no token is kept in memory in the clear.
 */
export function rateLimit(limit: ApiLimit = API_LIMIT): MiddlewareHandler {
  const buckets = new Map<string, TokenBucket>();
  // Forget callers whose bucket has filled up again, so the map stays small.
  const sweep = setInterval(() => {
    for (const [key, bucket] of buckets) if (bucket.full) buckets.delete(key);
  }, 60_000);
  sweep.unref();

  return async (c, next) => {
    const token = bearer(c.req.header('Authorization'));
    const key = token ? 't:' + createHash('sha256').update(token).digest('base64url') : 'a:' + (getConnInfo(c).remote.address ?? 'unknown');
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = new TokenBucket(limit.burst, limit.perSecond)));
    if (!bucket.take()) {
      c.header('Retry-After', String(Math.ceil(bucket.waitMs() / 1000)));
      return c.json(errorBody('rate_limited', 'Too many requests: wait a moment and try again.'), 429);
    }
    await next();
  };
}
