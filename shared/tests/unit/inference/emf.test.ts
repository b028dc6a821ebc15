import { INFERENCE_METRICS_NAMESPACE, variantMetricsDocument } from '../../../src/inference';

describe('variantMetricsDocument', () => {
  it('declares four metrics under the inference namespace with the Variant dimension', () => {
    // Prepare
    const aggregate = {
      variant: 'variant-a',
      invocations: 4,
      errors: 1,
      errorRate: 0.25,
      averageLatencyMs: 12,
      p99LatencyMs: 30,
    };

    // Act
    const document = variantMetricsDocument(aggregate, new Date(1_700_000_000_000));

    // Assess
    expect(INFERENCE_METRICS_NAMESPACE).toBe('FSxN-S3AP-Patterns/Inference');
    expect(document).toMatchObject({
      _aws: {
        Timestamp: 1_700_000_000_000,
        CloudWatchMetrics: [{ Namespace: INFERENCE_METRICS_NAMESPACE, Dimensions: [['Variant']] }],
      },
      Variant: 'variant-a',
      AverageLatency: 12,
      P99Latency: 30,
      ErrorRate: 0.25,
      InvocationCount: 4,
    });
  });
});
