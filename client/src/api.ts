import type { ApiError } from '@charter/shared';
import { strings } from './strings';

/** A failed API call, with the server's words when it gave any. */
export class ApiFailure extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH';
  /** Sent as `Authorization: Bearer <token>`: an invite token or the admin token. */
  token?: string;
  body?: unknown;
  signal?: AbortSignal;
}

function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

/** Call the JSON API; resolves with the parsed body of a 2xx answer, throws ApiFailure otherwise. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiFailure(0, 'network', strings.errors.network);
  }

  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  if (isApiError(payload)) throw new ApiFailure(response.status, payload.error.code, payload.error.message);
  throw new ApiFailure(response.status, 'unknown', strings.errors.unknown);
}

/** Plain words for any error a page caught. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiFailure ? error.message : strings.errors.unknown;
}
