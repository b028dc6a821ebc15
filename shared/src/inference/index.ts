/**
 * SageMaker inference helpers: routing between a real-time endpoint and Batch Transform, Serverless Inference
 * validation, A/B variant weights and per-variant aggregation into EMF, and InvokeEndpoint with retries.
 */
export { aggregateByVariant, type InvocationRecord, percentile, type VariantAggregate } from './aggregation';
export { INFERENCE_METRICS_NAMESPACE, InferenceMetric, variantMetricsDocument } from './emf';
export {
  type EndpointRequest,
  type EndpointResponse,
  type InvokeEndpointOptions,
  invokeEndpointWithRetry,
  RETRYABLE_ENDPOINT_ERRORS,
} from './invoke-endpoint';
export {
  chooseInferenceRoute,
  DEFAULT_REALTIME_THRESHOLD,
  INFERENCE_TYPES,
  type InferenceRoute,
  type InferenceType,
  type RoutingInput,
} from './routing';
export {
  SERVERLESS_MAX_CONCURRENCY,
  SERVERLESS_MEMORY_SIZES_MB,
  type ServerlessConfig,
  validateServerlessConfig,
} from './serverless-config';
export { normalizeVariantWeights, pickVariant, type VariantWeight } from './variant-weights';
