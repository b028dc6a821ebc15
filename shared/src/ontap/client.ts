/** A small ONTAP REST client: basic auth, JSON, timeouts, retries on 5xx and network errors, named 4xx errors. */
import { errorMessage } from '../errors';
import { backoffDelayMs, sleep as defaultSleep } from './backoff';
import type { OntapCredentials } from './credentials';
import { OntapApiError, OntapNotFoundError, OntapUnavailableError } from './errors';
import { createNodeTransport, type HttpTransport, type TlsOptions } from './transport';

/** Options of {@link createOntapClient}. */
export interface OntapClientOptions {
  /** Management endpoint: `https://<management IP or name>` (plain `http://` only for local tests). */
  baseUrl: string;
  credentials: OntapCredentials;
  /** Per-attempt timeout; 10 s by default. */
  timeoutMs?: number;
  /** Attempts per request, the first included; 4 by default. Only 429, 5xx and network errors are retried. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** TLS settings; verification is on by default and `credentials.caBundle` is used as `ca` when present. */
  tls?: TlsOptions;
  transport?: HttpTransport;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Query values appended to the path. */
export type OntapQuery = Readonly<Record<string, string | number | boolean>>;

/** JSON calls against `/api/...` paths. */
export interface OntapClient {
  get<T = unknown>(path: string, query?: OntapQuery): Promise<T>;
  patch<T = unknown>(path: string, body: unknown, query?: OntapQuery): Promise<T>;
  post<T = unknown>(path: string, body: unknown, query?: OntapQuery): Promise<T>;
}

interface OntapErrorBody {
  error?: { message?: unknown; code?: unknown; target?: unknown };
}

function ontapError(body: string): { ontapMessage?: string; ontapCode?: string; ontapTarget?: string } {
  try {
    const parsed = JSON.parse(body) as OntapErrorBody;
    const { message, code, target } = parsed.error ?? {};
    return {
      ...(typeof message === 'string' ? { ontapMessage: message } : {}),
      ...(typeof code === 'string' || typeof code === 'number' ? { ontapCode: String(code) } : {}),
      ...(typeof target === 'string' && target !== '' ? { ontapTarget: target } : {}),
    };
  } catch {
    return body.trim() === '' ? {} : { ontapMessage: body.trim().slice(0, 300) };
  }
}

function parseBody<T>(body: string, endpoint: string, status: number): T {
  if (body.trim() === '') return {} as T;
  try {
    return JSON.parse(body) as T;
  } catch {
    throw new OntapUnavailableError(`ONTAP REST ${endpoint} answered HTTP ${status} with a body that is not JSON`);
  }
}

function withQuery(path: string, query: OntapQuery | undefined): string {
  if (!query || Object.keys(query).length === 0) return path;
  const search = new URLSearchParams(
    Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]),
  );
  return `${path}?${search.toString()}`;
}

/**
 * Creates a client of the ONTAP REST API. The password only travels in the `Authorization` header; errors name
 * the method and path and carry ONTAP's own message.
 *
 * @example
 * ```ts
 * const ontap = createOntapClient({ baseUrl: 'https://10.0.0.10', credentials });
 * const svms = await ontap.get('/api/svm/svms', { name: 'svm1', fields: 'uuid' });
 * ```
 */
export function createOntapClient(options: OntapClientOptions): OntapClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const { username, password, caBundle } = options.credentials;
  const tls = { ...(caBundle !== undefined ? { ca: caBundle } : {}), ...options.tls };
  const transport = options.transport ?? createNodeTransport(tls);
  const maxAttempts = options.maxAttempts ?? 4;
  const sleep = options.sleep ?? defaultSleep;
  const delays = {
    baseDelayMs: options.baseDelayMs ?? 200,
    maxDelayMs: options.maxDelayMs ?? 5000,
    ...(options.random ? { random: options.random } : {}),
  };
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

  async function request<T>(method: string, path: string, body: unknown, query?: OntapQuery): Promise<T> {
    const target = withQuery(path, query);
    const endpoint = `${method} ${path}`;
    const headers: Record<string, string> = { accept: 'application/json', authorization };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let lastProblem = '';
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      if (attempt > 1) {
        await sleep(backoffDelayMs(attempt - 1, delays));
      }
      let response: { status: number; body: string };
      try {
        response = await transport({
          method,
          url: `${baseUrl}${target}`,
          headers,
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          timeoutMs: options.timeoutMs ?? 10_000,
        });
      } catch (error) {
        lastProblem = errorMessage(error);
        continue;
      }
      if (response.status >= 500 || response.status === 429) {
        const said = ontapError(response.body).ontapMessage;
        lastProblem = `HTTP ${response.status}${said ? `: ${said}` : ''}`;
        continue;
      }
      if (response.status >= 400 || response.status < 200) {
        const details = { endpoint, status: response.status, ...ontapError(response.body) };
        throw response.status === 404 ? new OntapNotFoundError(details) : new OntapApiError(details);
      }
      return parseBody<T>(response.body, endpoint, response.status);
    }
    throw new OntapUnavailableError(`ONTAP REST ${endpoint} failed after ${maxAttempts} attempts: ${lastProblem}`);
  }

  return {
    get: (path, query) => request('GET', path, undefined, query),
    patch: (path, body, query) => request('PATCH', path, body, query),
    post: (path, body, query) => request('POST', path, body, query),
  };
}
