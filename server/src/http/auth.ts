import type { MiddlewareHandler } from 'hono';
import { authenticate, sameSecret, type Credentials } from '../auth.js';
import type { AppStore } from '../store/types.js';
import type { Env } from './context.js';
import { AppError, forbidden, unauthorized } from './errors.js';

/** The bearer token of a request, if it sent one. */
export function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}

/** Every route behind this needs a live invite token (401 otherwise). */
export function requireInvite(app: AppStore): MiddlewareHandler<Env> {
  return async (c, next) => {
    // The rate limiter may have checked this token already.
    const credentials = c.get('credentials') ?? (await authenticate(app, bearer(c.req.header('Authorization'))));
    if (!credentials) throw unauthorized();
    c.set('credentials', credentials);
    await next();
  };
}

/** The token must belong to this initiative (403 otherwise). */
export function assertInitiative(credentials: Credentials, initiativeId: string): void {
  if (credentials.initiativeId !== initiativeId) throw forbidden('Your invite is for another initiative.');
}

/** Where the server has an admin token, starting an initiative needs it (401 without, 403 when wrong). */
export function assertAdmin(header: string | undefined, adminToken: string | undefined): void {
  if (adminToken === undefined) return;
  const given = bearer(header);
  if (!given) throw new AppError(401, 'unauthorized', 'This server needs its admin token to start an initiative.');
  if (!sameSecret(given, adminToken)) throw forbidden('That admin token is not right.');
}
