/**
 * The one place the kernel builds AWS SDK clients: with tracing on, a middleware makes every AWS call its own X-Ray
 * subsegment (service, operation, region, request id, retries, status) and passes the trace header on. With tracing
 * off (`ENABLE_XRAY` not true, or not in Lambda) the client is returned untouched: no middleware, no work per call.
 */
import { getTracer } from './tracer';
import type { KernelTracer } from './xray/kernel-tracer';
import { formatTraceHeader } from './xray/trace-header';

/** What an SDK v3 call returns or throws: its `$metadata`. */
interface CallMetadata {
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
}

/** The part of an SDK v3 client the capture uses: its middleware stack and configuration. */
interface InstrumentableClient {
  middlewareStack: {
    add(
      middleware: (
        next: (args: { request?: unknown }) => Promise<{ output?: unknown }>,
        context: { commandName?: string; clientName?: string },
      ) => (args: { request?: unknown }) => Promise<{ output?: unknown }>,
      options: { step: 'build'; name: string; override?: boolean },
    ): void;
  };
  config: { serviceId?: string; region?: unknown };
}

/** The tracer calls {@link captureClient} needs (the shared tracer; a stub in tests). */
export type ClientTracer = Pick<KernelTracer, 'isTracingEnabled' | 'open'>;

const THROTTLING = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException', 'SlowDown']);

async function regionOf(client: InstrumentableClient): Promise<string> {
  const region = client.config.region;
  const value = typeof region === 'function' ? await (region as () => Promise<unknown>)() : region;
  return typeof value === 'string' ? value : 'unknown';
}

/** The `aws` facts of a call's subsegment: operation, region, request id and retries. */
export function awsCallFacts(
  operation: string,
  region: string,
  metadata: CallMetadata['$metadata'],
): Record<string, string | number> {
  const facts: Record<string, string | number> = { operation, region };
  if (metadata?.requestId !== undefined) facts.request_id = metadata.requestId;
  if (metadata?.attempts !== undefined) facts.retries = Math.max(0, metadata.attempts - 1);
  return facts;
}

/** Returns `client`, its calls traced by `tracer` (the shared tracer by default) when tracing is on. */
export function captureClient<C>(client: C, tracer: ClientTracer = getTracer()): C {
  if (!tracer.isTracingEnabled()) return client;
  const target = client as unknown as InstrumentableClient;
  const service = target.config.serviceId ?? 'AWS';
  target.middlewareStack.add(
    (next, context) => async (args) => {
      const subsegment = tracer.open(service, 'aws');
      if (subsegment === undefined) return next(args);
      const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      const request = args.request as { headers?: Record<string, string> } | undefined;
      if (request?.headers !== undefined)
        request.headers['X-Amzn-Trace-Id'] = formatTraceHeader(subsegment.root, subsegment.id);
      const region = await regionOf(target);
      try {
        const result = await next(args);
        const metadata = (result.output as CallMetadata | undefined)?.$metadata;
        subsegment.end({ status: metadata?.httpStatusCode, aws: awsCallFacts(operation, region, metadata) });
        return result;
      } catch (error) {
        const failed = error as Error & CallMetadata;
        const metadata = failed.$metadata;
        subsegment.end({
          status: metadata?.httpStatusCode,
          throttled: THROTTLING.has(failed.name),
          error: { name: failed.name ?? 'Error', message: failed.message ?? '' },
          aws: awsCallFacts(operation, region, metadata),
        });
        throw error;
      }
    },
    { step: 'build', name: 'xrayCapture', override: true },
  );
  return client;
}

/**
 * How long a kernel-built client waits for a TCP connection. The SDK's default is to wait for ever: a function in a
 * VPC without a route or endpoint to the service then hangs until its own timeout. In-region connections take
 * milliseconds, so 3 s only ever fails an endpoint that cannot be reached, and the SDK's retries apply.
 */
export const CONNECTION_TIMEOUT_MS = 3_000;

/** The part of the SDK's HTTP handlers that changes one setting and keeps the others. */
interface ConfigurableHandler {
  updateHttpClientConfig(key: string, value: unknown): void;
}

/**
 * Builds an SDK v3 client and captures it ({@link captureClient}). Unless `config` brings its own `requestHandler`,
 * its connections time out after {@link CONNECTION_TIMEOUT_MS} (the HTTP/2 handler of Kinesis and Bedrock Runtime
 * has no connection phase of its own to time and ignores the setting).
 * @example const kinesis = createAwsClient(KinesisClient, { maxAttempts: 5 });
 */
export function createAwsClient<C, Config>(Client: new (config: Config) => C, config: Config): C {
  const client = new Client(config);
  const own = (config as { requestHandler?: unknown } | undefined)?.requestHandler;
  const handler = (client as { config?: { requestHandler?: Partial<ConfigurableHandler> } }).config?.requestHandler;
  if (own === undefined && typeof handler?.updateHttpClientConfig === 'function') {
    handler.updateHttpClientConfig('connectionTimeout', CONNECTION_TIMEOUT_MS);
  }
  return captureClient(client);
}
