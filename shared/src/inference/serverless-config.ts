/** Validation of SageMaker Serverless Inference settings. */
import { ValidationError } from '../errors';

/** Memory sizes Serverless Inference accepts: 1024 to 6144 MB in steps of 1024. */
export const SERVERLESS_MEMORY_SIZES_MB: readonly number[] = [1024, 2048, 3072, 4096, 5120, 6144];

/** Bounds of a serverless endpoint's maximum concurrency. */
export const SERVERLESS_MAX_CONCURRENCY = { min: 1, max: 200 } as const;

/** The ServerlessConfig of a production variant. */
export interface ServerlessConfig {
  memorySizeInMb: number;
  maxConcurrency: number;
}

/** Returns the config unchanged when valid; throws ValidationError naming the setting otherwise. */
export function validateServerlessConfig(config: ServerlessConfig): ServerlessConfig {
  if (!SERVERLESS_MEMORY_SIZES_MB.includes(config.memorySizeInMb)) {
    throw new ValidationError(
      `Serverless memory must be one of ${SERVERLESS_MEMORY_SIZES_MB.join(', ')} MB, got ${config.memorySizeInMb}`,
    );
  }
  const { min, max } = SERVERLESS_MAX_CONCURRENCY;
  if (!Number.isInteger(config.maxConcurrency) || config.maxConcurrency < min || config.maxConcurrency > max) {
    throw new ValidationError(
      `Serverless max concurrency must be an integer in [${min}, ${max}], got ${config.maxConcurrency}`,
    );
  }
  return config;
}
