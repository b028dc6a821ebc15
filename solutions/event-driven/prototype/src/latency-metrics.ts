/**
 * The latency metrics, as CloudWatch embedded metric format. They are published through a separate single-metric
 * instance with a `Trigger` dimension, so the event's ProcessingDuration never mixes with the reporter's own
 * invocation duration (which withObservability records under the same name).
 */
import { dimensionsFromEnv, getMetrics, MetricUnit } from '@fsxn-s3ap/shared/observability';
import type { LatencyReport } from './domain/report-latency';

/** Where the latency metrics of one event go. */
export interface LatencyMetrics {
  record(report: LatencyReport): void;
}

/** The value of the `Trigger` dimension of every latency metric. */
export const TRIGGER_DIMENSION = 'S3ObjectCreated';

/** Metric name -> value of one report (stages that never ran are left out). */
export function latencyMetricValues(report: LatencyReport): Record<string, number> {
  const values: Record<string, number> = { EndToEndDuration: report.endToEndMs };
  if (report.eventToProcessingMs !== null) values.EventToProcessingLatency = report.eventToProcessingMs;
  if (report.processingMs !== null) values.ProcessingDuration = report.processingMs;
  const counter = { PROCESSED: 'EventsProcessed', SKIPPED: 'EventsSkipped', FAILED: 'EventsFailed' }[report.status];
  values[counter] = 1;
  return values;
}

/** Publishes each value at once as its own EMF record, dimensions UseCase, FunctionName, Environment and Trigger. */
export const emfLatencyMetrics: LatencyMetrics = {
  record(report) {
    const single = getMetrics().singleMetric();
    single.clearDefaultDimensions();
    single.setDefaultDimensions({ ...dimensionsFromEnv(), Trigger: TRIGGER_DIMENSION });
    for (const [name, value] of Object.entries(latencyMetricValues(report))) {
      const unit = name.startsWith('Events') ? MetricUnit.Count : MetricUnit.Milliseconds;
      single.addMetric(name, unit, value);
    }
  },
};
