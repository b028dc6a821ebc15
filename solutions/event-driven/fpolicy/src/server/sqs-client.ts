/**
 * The SQS client of the server, with connection and request timeouts: without them a queue endpoint that accepts
 * TCP but never answers holds every in-flight send (and shutdown) forever.
 */
import { SQSClient, type SQSClientConfig } from '@aws-sdk/client-sqs';
import { NodeHttpHandler } from '@smithy/node-http-handler';

export interface SqsClientOptions {
  connectTimeoutMs: number;
  requestTimeoutMs: number;
  /** The local emulator; the SDK's regional endpoint when undefined. */
  endpoint?: string | undefined;
  /** Region and credentials for the emulator (tests, local runs); the default provider chain otherwise. */
  local?: Pick<SQSClientConfig, 'region' | 'credentials'>;
}

/** Creates the client; the batcher retries, so the SDK makes two attempts per call at most. */
export function createSqsClient(options: SqsClientOptions): SQSClient {
  // untraced-client: the FPolicy server runs in its container, not in Lambda, where the kernel's tracer records.
  return new SQSClient({
    maxAttempts: 2,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...options.local,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: options.connectTimeoutMs,
      requestTimeout: options.requestTimeoutMs,
      throwOnRequestTimeout: true,
    }),
  });
}
