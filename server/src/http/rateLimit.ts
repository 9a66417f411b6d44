import { createHash } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { TokenBucket } from '../rateLimit.js';
import { bearer } from './auth.js';
import { authenticate } from '../auth.js';
import type { AppStore } from '../store/types.js';
import type { Env } from './context.js';
import { errorBody } from './errors.js';

export interface ApiLimit {
  burst: number;
  perSecond: number;
}

/** Generous for people and scripts that read and write a draft; a loop gone wrong hits it. */
export const API_LIMIT: ApiLimit = { burst: 300, perSecond: 50 };

/**
 * Limit API calls per caller: per invite token once it is known to be one,
 * else per address. A bearer string no one issued is the address's to pay for,
 * so random tokens do not each get a fresh budget. Over the limit: 429 with
 * Retry-After. Tokens are named by a hash, so none is kept in memory in the clear.
 */
export function rateLimit(app: AppStore, limit: ApiLimit = API_LIMIT): MiddlewareHandler<Env> {
  const buckets = new Map<string, TokenBucket>();
  // Forget callers whose bucket has filled up again, so the map stays small.
  const sweep = setInterval(() => {
    for (const [key, bucket] of buckets) if (bucket.full) buckets.delete(key);
  }, 60_000);
  sweep.unref();
  const bucketFor = (key: string) => {
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = new TokenBucket(limit.burst, limit.perSecond)));
    return bucket;
  };

  return async (c, next) => {
    const token = bearer(c.req.header('Authorization'));
    const tokenKey = token ? 't:' + createHash('sha256').update(token).digest('base64url') : null;
    let bucket = tokenKey ? buckets.get(tokenKey) : undefined;
    if (tokenKey && !bucket) {
      // A token not seen lately: check it once here (the routes reuse the answer).
      const credentials = await authenticate(app, token);
      if (credentials) {
        c.set('credentials', credentials);
        bucket = bucketFor(tokenKey);
      }
    }
    bucket ??= bucketFor('a:' + (getConnInfo(c).remote.address ?? 'unknown'));
    if (!bucket.take()) {
      c.header('Retry-After', String(Math.ceil(bucket.waitMs() / 1000)));
      return c.json(errorBody('rate_limited', 'Too many requests: wait a moment and try again.'), 429);
    }
    await next();
  };
}
