/**
 * A small client of the EC2 Query API, for the few actions the fleet adapter calls.
 *
 * Why not `@aws-sdk/client-ec2`: its schemas add about 540 KB to a bundle even after tree-shaking, which made the
 * recovery switcher's cold init 2.4x the floor function's. Everything this client needs is already in any bundle
 * that holds another SDK client: SigV4 signing, the Node HTTP handler, the default credential chain and the SDK's
 * XML parser. What the SDK would have given, it does too: bounded retries with jittered backoff for throttling, 5xx
 * answers and dropped connections, clock-skew correction, one X-Ray subsegment per call, and errors named by the
 * EC2 error code with `$metadata`, so the kernel's error classification reads them like SDK errors.
 */
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { parseXML } from '@aws-sdk/xml-builder';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/transport';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, HttpResponse } from '@smithy/types';
import { ConfigError, isThrottlingError, isTransientError } from '../errors';
import { awsCallFacts, type ClientTracer, CONNECTION_TIMEOUT_MS } from '../observability/aws-client';
import { getTracer } from '../observability/tracer';
import { formatTraceHeader } from '../observability/xray/trace-header';

/** The API version every request names. */
export const EC2_API_VERSION = '2016-11-15';

/** A parsed XML element: text, child elements by tag (repeated tags become arrays), or empty (`''`). */
export type XmlValue = string | XmlElement | XmlValue[];
/** An XML element with children. */
export interface XmlElement {
  [tag: string]: XmlValue;
}

/** Query parameters of one request, already flattened (`InstanceId.1`, `Filter.1.Value.1`, ...). */
export type QueryParams = Record<string, string>;

/** What the client sends requests through: the SDK's `NodeHttpHandler`, or a fake in tests. */
export interface QueryRequestHandler {
  handle(request: HttpRequest): Promise<{ response: HttpResponse }>;
}

/** The one method the fleet adapter uses; tests may implement it directly. */
export interface Ec2Api {
  /** Calls `action` with `params` and returns the response element's children. */
  call(action: string, params: QueryParams): Promise<XmlElement>;
}

/** Options of {@link Ec2QueryClient}; each defaults to the SDK's standard environment. */
export interface Ec2QueryOptions {
  /** Default `AWS_REGION`, then `AWS_DEFAULT_REGION`. */
  region?: string;
  /** Default `AWS_ENDPOINT_URL_EC2`, then `AWS_ENDPOINT_URL`, then the regional (or FIPS) endpoint. */
  endpoint?: string;
  /** Default: the SDK's default credential chain. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  requestHandler?: QueryRequestHandler;
  /** Attempts per call, first included. Default `AWS_MAX_ATTEMPTS`, then 3. */
  maxAttempts?: number;
  /** Largest response body read, in bytes (default 16 MiB); a larger one fails the call. */
  maxResponseBytes?: number;
  tracer?: ClientTracer;
  env?: Record<string, string | undefined>;
  /** Test seams: the wait between attempts, the jitter source and the clock. */
  sleep?: (milliseconds: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

/** An error answer of EC2 (or a transport failure), named by its error code like the SDK's service exceptions. */
export class Ec2ServiceError extends Error {
  readonly $metadata: { httpStatusCode?: number; requestId?: string; attempts: number };
  readonly $fault: 'client' | 'server';
  /** The server's `Date` header, when it answered (used to correct a skewed clock). */
  serverDate?: string;

  constructor(
    code: string,
    message: string,
    metadata: { httpStatusCode?: number; requestId?: string; attempts: number },
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = code;
    this.$metadata = metadata;
    this.$fault = metadata.httpStatusCode !== undefined && metadata.httpStatusCode < 500 ? 'client' : 'server';
  }

  /** True when no HTTP answer came back (connection refused, reset, timed out): safe to retry for every action. */
  get transport(): boolean {
    return this.$metadata.httpStatusCode === undefined && this.name !== 'ResponseTooLarge';
  }
}

const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/**
 * A connection must open within 3 s and a request must be answered within 15 s: three attempts of a call that never
 * answers end in about 50 s, inside the 60 s a recovery step gets by default.
 */
const REQUEST_TIMEOUT_MS = 15_000;
const BASE_DELAY_MS = 100;
const THROTTLE_BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 20_000;
const SKEW_CODES = new Set(['RequestExpired', 'RequestTimeTooSkewed', 'SignatureDoesNotMatch', 'AuthFailure']);
const SKEW_TOLERANCE_MS = 4 * 60 * 1000;

/** RFC 3986 encoding, which SigV4 and the Query protocol both expect. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The form body of a Query request. */
export function queryBody(action: string, params: QueryParams): string {
  const pairs = Object.entries({ Action: action, Version: EC2_API_VERSION, ...params });
  return pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
}

/** `prefix.1`, `prefix.2`, ... for a list member (EC2 flattens lists with one-based indexes). */
export function listParams(prefix: string, values: readonly string[]): QueryParams {
  const out: QueryParams = {};
  values.forEach((value, index) => {
    out[`${prefix}.${index + 1}`] = value;
  });
  return out;
}

/** `Filter.N.Name` and `Filter.N.Value.M` for `filters`. */
export function filterParams(filters: readonly { name: string; values: readonly string[] }[]): QueryParams {
  const out: QueryParams = {};
  filters.forEach((filter, index) => {
    out[`Filter.${index + 1}.Name`] = filter.name;
    Object.assign(out, listParams(`Filter.${index + 1}.Value`, filter.values));
  });
  return out;
}

function isElement(value: XmlValue | undefined): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The child element `tag` of `node`, if it is an element. */
export function child(node: XmlValue | undefined, tag: string): XmlElement | undefined {
  if (!isElement(node)) return undefined;
  const value = node[tag];
  return isElement(value) ? value : undefined;
}

/** The text of the child `tag` of `node` (`undefined` when absent or not text). */
export function text(node: XmlValue | undefined, tag: string): string | undefined {
  if (!isElement(node)) return undefined;
  const value = node[tag];
  return typeof value === 'string' ? value : undefined;
}

/** The `<item>` elements of the list `tag` of `node`: none, one or many, always as an array. */
export function items(node: XmlValue | undefined, tag: string): XmlElement[] {
  const list = child(node, tag);
  const entries = list?.item;
  if (entries === undefined) return [];
  return (Array.isArray(entries) ? entries : [entries]).filter(isElement);
}

/** Parses a response document into its root element's children; a text or empty root gives `{}`. */
function parseDocument(body: string): XmlElement {
  const document = parseXML(body) as XmlElement;
  const root = Object.values(document)[0];
  return isElement(root) ? root : {};
}

async function readBody(response: HttpResponse, limit: number): Promise<string> {
  const body: unknown = response.body;
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
    const bytes = Buffer.from(chunk);
    total += bytes.length;
    if (total > limit) {
      (body as { destroy?: () => void }).destroy?.();
      throw new Ec2ServiceError('ResponseTooLarge', `the EC2 response exceeded ${limit} bytes`, {
        httpStatusCode: response.statusCode,
        attempts: 1,
      });
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function headerOf(response: HttpResponse, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(response.headers ?? {})) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** The error an EC2 error document (or a bare HTTP failure) stands for. */
function errorOf(response: HttpResponse, body: string, attempts: number): Ec2ServiceError {
  let code: string | undefined;
  let message: string | undefined;
  let requestId = headerOf(response, 'x-amzn-requestid');
  try {
    const root = parseDocument(body);
    const error = child(child(root, 'Errors'), 'Error') ?? child(root, 'Error');
    code = text(error, 'Code');
    message = text(error, 'Message');
    requestId = text(root, 'RequestID') ?? text(root, 'RequestId') ?? requestId;
  } catch {
    // Not an EC2 error document (a proxy or load balancer page): named by the status below.
  }
  const status = response.statusCode;
  const fallback = status === 429 ? 'Throttling' : status >= 500 ? 'ServiceUnavailable' : `Http${status}`;
  const error = new Ec2ServiceError(code ?? fallback, message ?? `EC2 answered HTTP ${status}`, {
    httpStatusCode: status,
    requestId,
    attempts,
  });
  error.serverDate = headerOf(response, 'date');
  return error;
}

/** A failure with no HTTP answer (refused, reset, timed out), named by the error's name or socket code. */
function transportError(action: string, error: unknown, attempt: number): Ec2ServiceError {
  const cause = error as { code?: unknown; name?: unknown; message?: unknown };
  const name =
    typeof cause.name === 'string' && cause.name !== 'Error'
      ? cause.name
      : typeof cause.code === 'string'
        ? cause.code
        : 'NetworkingError';
  return new Ec2ServiceError(
    name,
    `${action}: ${String(cause.message ?? error)}`,
    { attempts: attempt },
    { cause: error },
  );
}

function defaultSleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

function positiveInteger(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,3}$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 ? parsed : undefined;
}

/** The regional endpoint of EC2 for `region`, honouring `AWS_USE_FIPS_ENDPOINT`. */
export function ec2Endpoint(region: string, env: Record<string, string | undefined> = process.env): string {
  const explicit = env.AWS_ENDPOINT_URL_EC2 ?? env.AWS_ENDPOINT_URL;
  if (explicit !== undefined && explicit !== '') return explicit;
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  const host = env.AWS_USE_FIPS_ENDPOINT === 'true' ? 'ec2-fips' : 'ec2';
  return `https://${host}.${region}.${suffix}`;
}

/** Calls the EC2 Query API; see the module comment. */
export class Ec2QueryClient implements Ec2Api {
  readonly #options: Ec2QueryOptions;
  readonly #env: Record<string, string | undefined>;
  #handler: QueryRequestHandler | undefined;
  #signer: { region: string; endpoint: URL; signer: SignatureV4 } | undefined;
  #clockOffset = 0;

  constructor(options: Ec2QueryOptions = {}) {
    this.#options = options;
    this.#env = options.env ?? process.env;
  }

  #resolve(): { region: string; endpoint: URL; signer: SignatureV4 } {
    if (this.#signer !== undefined) return this.#signer;
    const region = this.#options.region ?? this.#env.AWS_REGION ?? this.#env.AWS_DEFAULT_REGION;
    if (region === undefined || region === '') {
      throw new ConfigError('EC2 calls need a region: set AWS_REGION (Lambda sets it)');
    }
    const endpointText = this.#options.endpoint ?? ec2Endpoint(region, this.#env);
    let endpoint: URL;
    try {
      endpoint = new URL(endpointText);
    } catch {
      throw new ConfigError(`the EC2 endpoint ${JSON.stringify(endpointText)} is not a URL`);
    }
    const signer = new SignatureV4({
      service: 'ec2',
      region,
      credentials: this.#options.credentials ?? defaultProvider(),
      sha256: Sha256,
      uriEscapePath: true,
      applyChecksum: true,
    });
    this.#signer = { region, endpoint, signer };
    return this.#signer;
  }

  #requestHandler(): QueryRequestHandler {
    this.#handler ??=
      this.#options.requestHandler ??
      new NodeHttpHandler({
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        requestTimeout: REQUEST_TIMEOUT_MS,
        // Without it the handler only logs a warning when a request runs over requestTimeout.
        throwOnRequestTimeout: true,
      });
    return this.#handler;
  }

  #maxAttempts(): number {
    return this.#options.maxAttempts ?? positiveInteger(this.#env.AWS_MAX_ATTEMPTS) ?? 3;
  }

  async call(action: string, params: QueryParams): Promise<XmlElement> {
    const { region } = this.#resolve();
    const tracer = this.#options.tracer ?? getTracer();
    const subsegment = tracer.isTracingEnabled() ? tracer.open('EC2', 'aws') : undefined;
    const traceHeader = subsegment === undefined ? undefined : formatTraceHeader(subsegment.root, subsegment.id);
    try {
      const result = await this.#withRetries(action, params, traceHeader);
      subsegment?.end({
        status: result.status,
        aws: awsCallFacts(action, region, { requestId: result.requestId, attempts: result.attempts }),
      });
      return result.body;
    } catch (error) {
      const failed = error as Partial<Ec2ServiceError>;
      subsegment?.end({
        status: failed.$metadata?.httpStatusCode,
        throttled: isThrottlingError(error),
        error: { name: failed.name ?? 'Error', message: failed.message ?? '' },
        aws: awsCallFacts(action, region, failed.$metadata),
      });
      throw error;
    }
  }

  async #withRetries(
    action: string,
    params: QueryParams,
    traceHeader: string | undefined,
  ): Promise<{ body: XmlElement; status: number; requestId?: string; attempts: number }> {
    const maxAttempts = this.#maxAttempts();
    const sleep = this.#options.sleep ?? defaultSleep;
    const random = this.#options.random ?? Math.random;
    for (let attempt = 1; ; attempt += 1) {
      let failure: unknown;
      try {
        return { ...(await this.#attempt(action, params, traceHeader, attempt)), attempts: attempt };
      } catch (error) {
        failure = error;
      }
      const skewCorrected = this.#correctSkew(failure);
      const retryable =
        skewCorrected || isTransientError(failure) || (failure instanceof Ec2ServiceError && failure.transport);
      if (failure instanceof Ec2ServiceError) failure.$metadata.attempts = attempt;
      if (!retryable || attempt >= maxAttempts) throw failure;
      if (skewCorrected) continue;
      const base = isThrottlingError(failure) ? THROTTLE_BASE_DELAY_MS : BASE_DELAY_MS;
      await sleep(Math.floor(random() * Math.min(MAX_DELAY_MS, base * 2 ** (attempt - 1))));
    }
  }

  async #attempt(
    action: string,
    params: QueryParams,
    traceHeader: string | undefined,
    attempt: number,
  ): Promise<{ body: XmlElement; status: number; requestId?: string }> {
    const { endpoint, signer } = this.#resolve();
    const body = queryBody(action, params);
    const headers: Record<string, string> = {
      host: endpoint.host,
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      'amz-sdk-request': `attempt=${attempt}; max=${this.#maxAttempts()}`,
    };
    if (traceHeader !== undefined) headers['x-amzn-trace-id'] = traceHeader;
    const request = new HttpRequest({
      method: 'POST',
      protocol: endpoint.protocol,
      hostname: endpoint.hostname,
      port: endpoint.port === '' ? undefined : Number(endpoint.port),
      path: endpoint.pathname === '' ? '/' : endpoint.pathname,
      headers,
      body,
    });
    const now = (this.#options.now ?? Date.now)() + this.#clockOffset;
    const signed = (await signer.sign(request, { signingDate: new Date(now) })) as HttpRequest;
    let response: HttpResponse;
    try {
      ({ response } = await this.#requestHandler().handle(signed));
    } catch (error) {
      throw transportError(action, error, attempt);
    }
    let raw: string;
    try {
      raw = await readBody(response, this.#options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
    } catch (error) {
      // ResponseTooLarge stands; a connection dropped mid-answer is a transport failure like any other.
      throw error instanceof Ec2ServiceError ? error : transportError(action, error, attempt);
    }
    if (response.statusCode < 200 || response.statusCode >= 300) throw errorOf(response, raw, attempt);
    let document: XmlElement;
    try {
      document = parseDocument(raw);
    } catch (error) {
      throw new Ec2ServiceError(
        'MalformedResponse',
        `${action}: the response is not XML`,
        {
          httpStatusCode: response.statusCode,
          attempts: attempt,
        },
        { cause: error },
      );
    }
    const requestId = text(document, 'requestId') ?? headerOf(response, 'x-amzn-requestid');
    return { body: document, status: response.statusCode, requestId };
  }

  /** After a signature-time error, moves the signing clock to the server's `Date`; true when it did. */
  #correctSkew(error: unknown): boolean {
    if (!(error instanceof Ec2ServiceError) || !SKEW_CODES.has(error.name) || error.serverDate === undefined) {
      return false;
    }
    const server = Date.parse(error.serverDate);
    if (Number.isNaN(server)) return false;
    const local = (this.#options.now ?? Date.now)() + this.#clockOffset;
    if (Math.abs(server - local) < SKEW_TOLERANCE_MS) return false;
    this.#clockOffset = server - (this.#options.now ?? Date.now)();
    return true;
  }
}
