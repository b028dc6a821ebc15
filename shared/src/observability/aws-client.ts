/**
 * The one place the kernel builds AWS SDK clients: each client is handed to the Powertools tracer, so with tracing on
 * every AWS call becomes its own X-Ray subsegment. With tracing off (`ENABLE_XRAY` not true, not in Lambda, or
 * `POWERTOOLS_TRACE_ENABLED=false`) the client is returned untouched: no middleware, no extra work per call.
 */
import { getTracer } from './tracer';

/** The part of an SDK v3 client the tracer instruments (its middleware stack). */
interface InstrumentableClient {
  middlewareStack: object;
}

/** The tracer calls {@link captureClient} needs (a Powertools Tracer; a stub in tests). */
export interface ClientTracer {
  isTracingEnabled(): boolean;
  captureAWSv3Client<T>(client: T): T;
}

/** Returns `client`, instrumented by `tracer` (the shared tracer by default) when tracing is on. */
export function captureClient<C extends InstrumentableClient>(client: C, tracer: ClientTracer = getTracer()): C {
  return tracer.isTracingEnabled() ? tracer.captureAWSv3Client(client) : client;
}

/**
 * Builds an SDK v3 client and captures it ({@link captureClient}).
 * @example const kinesis = createAwsClient(KinesisClient, { maxAttempts: 5 });
 */
export function createAwsClient<C extends InstrumentableClient, Config>(
  Client: new (config: Config) => C,
  config: Config,
): C {
  return captureClient(new Client(config));
}
