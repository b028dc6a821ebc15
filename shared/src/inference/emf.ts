/** Embedded Metric Format documents of the inference comparison. */
import type { VariantAggregate } from './aggregation';

/** Namespace of the per-variant inference metrics. */
export const INFERENCE_METRICS_NAMESPACE = 'FSxN-S3AP-Patterns/Inference';

/** Metric names of {@link variantMetricsDocument}. */
export const InferenceMetric = {
  AverageLatency: 'AverageLatency',
  P99Latency: 'P99Latency',
  ErrorRate: 'ErrorRate',
  InvocationCount: 'InvocationCount',
} as const;

/**
 * One EMF document for one variant (dimension `Variant`); print it as a single log line and CloudWatch turns it
 * into four metrics.
 */
export function variantMetricsDocument(aggregate: VariantAggregate, timestamp: Date): Record<string, unknown> {
  return {
    _aws: {
      Timestamp: timestamp.getTime(),
      CloudWatchMetrics: [
        {
          Namespace: INFERENCE_METRICS_NAMESPACE,
          Dimensions: [['Variant']],
          Metrics: [
            { Name: InferenceMetric.AverageLatency, Unit: 'Milliseconds' },
            { Name: InferenceMetric.P99Latency, Unit: 'Milliseconds' },
            { Name: InferenceMetric.ErrorRate, Unit: 'None' },
            { Name: InferenceMetric.InvocationCount, Unit: 'Count' },
          ],
        },
      ],
    },
    Variant: aggregate.variant,
    [InferenceMetric.AverageLatency]: aggregate.averageLatencyMs,
    [InferenceMetric.P99Latency]: aggregate.p99LatencyMs,
    [InferenceMetric.ErrorRate]: aggregate.errorRate,
    [InferenceMetric.InvocationCount]: aggregate.invocations,
  };
}
