/** Settings of the real-time path, from the environment. */

import { type Env, intEnv, listEnv, requireEnv } from '@fsxn-s3ap/shared/config';
import { ConfigError, ValidationError } from '@fsxn-s3ap/shared/errors';
import { normalizeVariantWeights, type VariantWeight, validateServerlessConfig } from '@fsxn-s3ap/shared/inference';

/** `VARIANT_WEIGHTS` (`variant-a=70,variant-b=30`), normalized to sum 1; `primary=1` when unset. */
export function variantWeightsFromEnv(env: Env = process.env): VariantWeight[] {
  const pairs = listEnv('VARIANT_WEIGHTS', ['primary=1'], env).map((pair) => {
    const [variantName = '', weight = ''] = pair.split('=').map((part) => part.trim());
    if (variantName === '' || weight === '' || !Number.isFinite(Number(weight))) {
      throw new ConfigError(`VARIANT_WEIGHTS entry "${pair}" is not name=weight`);
    }
    return { variantName, weight: Number(weight) };
  });
  try {
    return normalizeVariantWeights(pairs);
  } catch (error) {
    if (error instanceof ValidationError) throw new ConfigError(`VARIANT_WEIGHTS: ${error.message}`, { cause: error });
    throw error;
  }
}

/** The endpoint name, with the serverless settings validated when INFERENCE_TYPE is serverless. */
export function endpointNameFromEnv(env: Env = process.env): string {
  if (env.INFERENCE_TYPE === 'serverless') {
    try {
      validateServerlessConfig({
        memorySizeInMb: intEnv('SERVERLESS_MEMORY_MB', { fallback: 4096 }, env),
        maxConcurrency: intEnv('SERVERLESS_MAX_CONCURRENCY', { fallback: 5 }, env),
      });
    } catch (error) {
      if (error instanceof ValidationError) throw new ConfigError(error.message, { cause: error });
      throw error;
    }
  }
  return requireEnv('ENDPOINT_NAME', env);
}
