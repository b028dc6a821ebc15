/** Which inference path a batch of files takes: a real-time endpoint for small batches, Batch Transform otherwise. */
import { ValidationError } from '../errors';

/** The endpoint kinds a stack can deploy; `none` deploys no endpoint. */
export type InferenceType = 'none' | 'provisioned' | 'serverless';

/** Every {@link InferenceType}, for validation. */
export const INFERENCE_TYPES: readonly InferenceType[] = ['none', 'provisioned', 'serverless'];

/** File count from which a batch goes to Batch Transform even when an endpoint exists. */
export const DEFAULT_REALTIME_THRESHOLD = 10;

/** Where a batch is sent. */
export type InferenceRoute = 'realtime' | 'batch';

/** What routing looks at. */
export interface RoutingInput {
  fileCount: number;
  /** True when a real-time endpoint is deployed (EnableRealtimeEndpoint and an InferenceType other than none). */
  realtimeEnabled: boolean;
  threshold?: number;
}

/**
 * `realtime` when an endpoint exists and the batch has fewer files than the threshold; `batch` at or above it (or
 * without an endpoint). The state machine's Choice applies the same rule with NumericLessThanPath.
 */
export function chooseInferenceRoute(input: RoutingInput): InferenceRoute {
  const threshold = input.threshold ?? DEFAULT_REALTIME_THRESHOLD;
  if (!Number.isInteger(input.fileCount) || input.fileCount < 0) {
    throw new ValidationError(`fileCount must be a non-negative integer, got ${input.fileCount}`);
  }
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new ValidationError(`The real-time threshold must be a positive integer, got ${threshold}`);
  }
  return input.realtimeEnabled && input.fileCount < threshold ? 'realtime' : 'batch';
}
