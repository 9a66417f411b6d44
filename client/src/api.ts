import type { ApiError } from '@charter/shared';
import { i18n } from './i18n';
import { takeEarlyRead } from './earlyReads';
import { dropResponse, dropResponsesOf, keepResponse, keptResponse } from './offline/keptResponses';

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
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as `Authorization: Bearer <token>`: an invite token or the admin token. */
  token?: string;
  body?: unknown;
  /** A body sent as it is, with its own type (a file), instead of JSON. */
  raw?: { body: Blob | string; type: string };
  signal?: AbortSignal;
  /**
   * A read the page needs on load: keep its last good answer on this device
   * (per token) and answer with it when the server cannot be reached.
   */
  keep?: boolean;
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
  if (options.raw) headers['Content-Type'] = options.raw.type;

  let response: Response;
  try {
    const early = (options.method ?? 'GET') === 'GET' ? takeEarlyRead(options.token, path) : undefined;
    response = await (early ??
      fetch(path, {
        method: options.method ?? 'GET',
        headers,
        body: options.raw ? options.raw.body : options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      }));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    const kept = options.keep ? keptResponse<T>(options.token, path) : undefined;
    if (kept !== undefined) return kept;
    throw new ApiFailure(0, 'network', i18n.t('errors.network'));
  }

  const payload: unknown = await response.json().catch(() => null);
  if (options.keep) {
    if (response.ok) keepResponse(options.token, path, payload);
    else if (response.status === 401 && options.token) dropResponsesOf(options.token);
    else if (response.status === 403 || response.status === 404) dropResponse(options.token, path);
  }
  if (response.ok) return payload as T;
  if (isApiError(payload)) throw new ApiFailure(response.status, payload.error.code, payload.error.message);
  throw new ApiFailure(response.status, 'unknown', i18n.t('errors.unknown'));
}

/** Plain words for any error a page caught. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiFailure ? error.message : i18n.t('errors.unknown');
}
