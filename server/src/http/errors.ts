import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../log.js';

/** A failure with a stable code the client can act on, and a plain message. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const unauthorized = () =>
  new AppError(401, 'unauthorized', 'An invite token is needed: send it as "Authorization: Bearer <token>".');
export const forbidden = (message = 'Your invite does not allow this.') => new AppError(403, 'forbidden', message);
export const notFound = (what: string) => new AppError(404, 'not_found', `No such ${what}.`);

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** One handler for every error: named ones keep their status, the rest are logged as 500. */
export function handleError(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof AppError) return c.json(errorBody(error.code, error.message), error.status);
    if (error instanceof HTTPException) {
      const status = error.status;
      return c.json(errorBody(status === 413 ? 'too_large' : 'bad_request', error.message || 'Bad request.'), status);
    }
    logger.error('request failed', { request: c.get('requestId'), method: c.req.method, path: c.req.path, error: String(error.stack ?? error) });
    return c.json(errorBody('internal', 'Something went wrong on the server. Please try again.'), 500);
  };
}
