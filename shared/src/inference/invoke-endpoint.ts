/** InvokeEndpoint with retries on throttling and transient model errors. */
import {
  InvokeEndpointCommand,
  SageMakerRuntimeClient,
  type SageMakerRuntimeClientConfig,
} from '@aws-sdk/client-sagemaker-runtime';
import { AiServiceError, isThrottlingError, isTransientError, ThrottlingError } from '../errors';
import { createAwsClient } from '../observability/aws-client';

/** InvokeEndpoint's own error worth another attempt besides the shared transient ones (a model still loading). */
export const RETRYABLE_ENDPOINT_ERRORS: readonly string[] = ['ModelError'];

function isRetryable(error: unknown): boolean {
  return isTransientError(error) || (error instanceof Error && RETRYABLE_ENDPOINT_ERRORS.includes(error.name));
}

/** One request to an endpoint. */
export interface EndpointRequest {
  endpointName: string;
  body: string;
  contentType?: string;
  /** Pin a variant (otherwise SageMaker splits traffic by the variant weights). */
  targetVariant?: string;
}

/** The answer, the variant that served it and how long the successful attempt took. */
export interface EndpointResponse {
  body: string;
  invokedVariant: string;
  latencyMs: number;
  attempts: number;
}

/** Options of {@link invokeEndpointWithRetry}. */
export interface InvokeEndpointOptions {
  client?: SageMakerRuntimeClient;
  clientConfig?: SageMakerRuntimeClientConfig;
  /** Attempts in all (default 4: the first and 3 retries). */
  maxAttempts?: number;
  /** Delay before retry n (1-based); 200 ms doubled each time by default. */
  delayMs?: (retry: number) => number;
  sleep?: (ms: number) => Promise<void>;
  clock?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Invokes the endpoint, retrying {@link RETRYABLE_ENDPOINT_ERRORS} with exponential backoff. After the last
 * attempt a throttle becomes ThrottlingError and any other failure AiServiceError (both keep the cause).
 */
export async function invokeEndpointWithRetry(
  request: EndpointRequest,
  options: InvokeEndpointOptions = {},
): Promise<EndpointResponse> {
  const client = options.client ?? createAwsClient(SageMakerRuntimeClient, options.clientConfig ?? {});
  const maxAttempts = options.maxAttempts ?? 4;
  const delayMs = options.delayMs ?? ((retry: number) => 200 * 2 ** (retry - 1));
  const sleep = options.sleep ?? defaultSleep;
  const clock = options.clock ?? (() => performance.now());
  for (let attempt = 1; ; attempt += 1) {
    const started = clock();
    try {
      const response = await client.send(
        new InvokeEndpointCommand({
          EndpointName: request.endpointName,
          Body: new TextEncoder().encode(request.body),
          ContentType: request.contentType ?? 'application/json',
          Accept: 'application/json',
          TargetVariant: request.targetVariant,
        }),
      );
      return {
        body: response.Body ? new TextDecoder().decode(response.Body) : '',
        invokedVariant: response.InvokedProductionVariant ?? request.targetVariant ?? 'unknown',
        latencyMs: Math.max(0, Math.round(clock() - started)),
        attempts: attempt,
      };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (isRetryable(error) && attempt < maxAttempts) {
        await sleep(delayMs(attempt));
        continue;
      }
      const message = `InvokeEndpoint ${request.endpointName} failed after ${attempt} attempt(s): ${name}`;
      if (isThrottlingError(error)) throw new ThrottlingError(message, { cause: error });
      throw new AiServiceError(message, { cause: error });
    }
  }
}
