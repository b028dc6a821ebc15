/**
 * The OpenSearch adapter of {@link SearchIndex}: `PUT /<index>/_doc/<id>` signed with SigV4 for an OpenSearch
 * Serverless collection (service `aoss`) or a managed domain (service `es`). Throttling and 5xx answers are retried
 * (3 attempts, 200 ms doubling); other refusals are a SearchIndexError with the status.
 */
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { IndexDocument, SearchIndex } from '../domain/search-index';
import { SearchIndexError } from '../errors';

/** Where and how to index. */
export interface OpenSearchOptions {
  /** `https://<collection or domain endpoint>` */
  endpoint: string;
  index: string;
  service: 'aoss' | 'es';
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Injected in tests. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** SHA-256 (and HMAC-SHA-256 when given a secret) in the shape SignatureV4 expects. */
type Data = string | ArrayBuffer | ArrayBufferView;

function bytesOf(data: Data): string | Uint8Array {
  if (typeof data === 'string') return data;
  return data instanceof ArrayBuffer
    ? new Uint8Array(data)
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

class Sha256 {
  private readonly hash;
  constructor(secret?: Data) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytesOf(secret));
  }
  update(data: Data): void {
    this.hash.update(bytesOf(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

const ATTEMPTS = 3;

/** A SearchIndex on an OpenSearch endpoint. */
export function createOpenSearchIndex(options: OpenSearchOptions): SearchIndex {
  const url = new URL(options.endpoint);
  const signer = new SignatureV4({
    service: options.service,
    region: options.region,
    credentials: options.credentials,
    sha256: Sha256,
  });
  const send = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return {
    async put(id: string, document: IndexDocument): Promise<void> {
      const body = JSON.stringify(document);
      const path = `/${encodeURIComponent(options.index)}/_doc/${encodeURIComponent(id)}`;
      const signed = await signer.sign({
        method: 'PUT',
        protocol: url.protocol,
        hostname: url.hostname,
        path,
        headers: {
          host: url.hostname,
          'content-type': 'application/json',
          'x-amz-content-sha256': createHash('sha256').update(body).digest('hex'),
        },
        body,
      });
      for (let attempt = 1; ; attempt += 1) {
        const response = await send(`${url.origin}${path}`, { method: 'PUT', headers: signed.headers, body });
        if (response.ok) return;
        const retryable = response.status === 429 || response.status >= 500;
        if (!retryable || attempt >= ATTEMPTS) {
          const detail = (await response.text()).slice(0, 300);
          throw new SearchIndexError(`Indexing ${id} into ${options.index} failed: HTTP ${response.status} ${detail}`);
        }
        await sleep(200 * 2 ** (attempt - 1));
      }
    },
  };
}
