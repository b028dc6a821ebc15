/** One HTTP(S) exchange with the ONTAP management endpoint over node:https (TLS verified unless told otherwise). */
import http from 'node:http';
import https from 'node:https';

/** A request as the client sends it; `url` is absolute. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

/** The status and text of a response. */
export interface HttpResponse {
  status: number;
  body: string;
}

/** Sends one request; rejects on network errors and timeouts. Tests and adapters may provide their own. */
export type HttpTransport = (request: HttpRequest) => Promise<HttpResponse>;

/** TLS settings of {@link createNodeTransport}. */
export interface TlsOptions {
  /** PEM CA bundle trusted for the management certificate (instead of the system store). */
  ca?: string;
  /** Verify the server certificate; true by default. Only turn it off in a lab. */
  rejectUnauthorized?: boolean;
}

/** Raised by the transport when the response does not arrive within `timeoutMs`. */
export class HttpTimeoutError extends Error {
  override name = 'HttpTimeoutError';
}

/** The default transport: node:https for `https:` URLs (with `tls`), node:http for `http:` (local tests). */
export function createNodeTransport(tls: TlsOptions = {}): HttpTransport {
  return (request) =>
    new Promise<HttpResponse>((resolve, reject) => {
      const url = new URL(request.url);
      const secure = url.protocol === 'https:';
      const options: https.RequestOptions = { method: request.method, headers: request.headers };
      if (secure) {
        options.rejectUnauthorized = tls.rejectUnauthorized ?? true;
        if (tls.ca !== undefined) options.ca = tls.ca;
      }
      const req = (secure ? https : http).request(url, options, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.setTimeout(request.timeoutMs, () => {
        req.destroy(new HttpTimeoutError(`no response within ${request.timeoutMs} ms`));
      });
      req.on('error', reject);
      req.end(request.body);
    });
}
