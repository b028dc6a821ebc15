/**
 * Logging, metrics and tracing for pattern functions, built on Powertools for AWS Lambda. Every instance is created
 * once per execution environment, on first use.
 */
export { MetricUnit } from '@aws-lambda-powertools/metrics';
export { type ClientTracer, captureClient, createAwsClient } from './aws-client';
export { METRICS_NAMESPACE, MetricDimension, StandardMetric, type StandardMetricName } from './constants';
export { getLogger } from './logger';
export {
  addMetric,
  flushMetrics,
  getMetrics,
  type MetricUnitValue,
  recordFilesProcessed,
  setMetricDimensions,
} from './metrics';
export { isSensitiveKey, REDACTED, redactingReplacer, redactSensitive, SENSITIVE_KEY_PATTERN } from './redaction';
export { type DimensionValues, dimensionsFromEnv, isLambdaRuntime, isTracingRequested } from './settings';
export { type InvocationTracer, traceInvocation } from './trace-invocation';
export { getTracer, isTracingActive } from './tracer';
export { type ObservabilityOptions, withObservability } from './with-observability';
