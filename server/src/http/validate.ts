import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from './errors.js';

/**
 * Read and check a JSON body: invalid JSON or a wrong shape is a 400 that says
 * what is wrong. With `optional`, no body at all reads as `{}`.
 */
export async function readBody<T extends z.ZodType>(c: Context, schema: T, { optional = false } = {}): Promise<z.infer<T>> {
  let body: unknown;
  try {
    const text = await c.req.text();
    body = optional && text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new AppError(400, 'invalid_json', 'The request body must be JSON.');
  }
  return check(schema, body);
}

/** Read and check the query string, as bodies are: a wrong value is a 400 that names it. */
export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return check(schema, c.req.query());
}

/** Read and check the path's parameters, as bodies are. */
export function readParams<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return check(schema, c.req.param());
}

function check<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '') + issue.message);
    throw new AppError(400, 'invalid_request', issues.join('; '));
  }
  return result.data;
}
