/**
 * @module web/api/client
 * Fetching from the HTTP API: URLs built from a parameter record (empty values left out), JSON in and
 * out, and API errors turned into an {@link ApiError} that carries the server's message.
 */
import type { ApiErrorBody } from './types';

/** A failed API call: `message` is the server's (e.g. `from: "2024-13-01" is not a real date`). */
export class ApiError extends Error {
  readonly status: number;
  readonly parameter: string | undefined;

  constructor(status: number, message: string, parameter?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.parameter = parameter;
  }
}

/** Query parameters; `undefined`, `null` and `''` are left out. */
export type Params = Record<string, string | number | null | undefined>;

/**
 * An API path with its query string.
 *
 * @example
 * apiUrl('/api/events', { actor: 'IRN', limit: 50, q: '' }) // → '/api/events?actor=IRN&limit=50'
 */
export function apiUrl(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}

async function parse<T>(res: Response): Promise<T> {
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new ApiError(res.status, `the server answered ${res.status} with something that is not JSON`);
  }
  if (!res.ok) {
    const e = body as Partial<ApiErrorBody> | undefined;
    throw new ApiError(res.status, e?.message ?? `the server answered ${res.status}`, e?.parameter);
  }
  return body as T;
}

/** GET a JSON resource. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(url, { signal, headers: { accept: 'application/json' } }));
}

/** POST a JSON body and read the JSON answer. */
export async function postJson<T>(url: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(url, { method: 'POST', signal, headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) }));
}
