/** CloudWatch namespace every pattern publishes its Embedded Metric Format (EMF) metrics under. */
export const METRICS_NAMESPACE = 'FSxN-S3AP-Patterns';

/** Names of the metrics every pattern publishes; dashboards and alarms in `shared/cfn` refer to these. */
export const StandardMetric = {
  FilesProcessed: 'FilesProcessed',
  ProcessingDuration: 'ProcessingDuration',
  ProcessingErrors: 'ProcessingErrors',
  BytesProcessed: 'BytesProcessed',
} as const;

/** One of the {@link StandardMetric} names. */
export type StandardMetricName = (typeof StandardMetric)[keyof typeof StandardMetric];

/** Names of the dimensions every metric carries (exactly these three; Powertools' `service` dimension is dropped). */
export const MetricDimension = {
  UseCase: 'UseCase',
  FunctionName: 'FunctionName',
  Environment: 'Environment',
} as const;

/** Dimension value used when the use case or function name is not known (EMF rejects empty values). */
export const UNKNOWN_DIMENSION_VALUE = 'unknown';
