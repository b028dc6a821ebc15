/** LatencyReporter: writes one latency record per event and publishes the latency metrics (EMF). */
import { lazyDeps, systemClock } from '@fsxn-s3ap/shared/config';
import { getLogger, withObservability } from '@fsxn-s3ap/shared/observability';
import { createOutputWriter, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { type LatencyReport, reportLatency } from '../../domain/report-latency';
import { readReporterInput } from '../../domain/reporter-input';
import { emfLatencyMetrics, type LatencyMetrics } from '../../latency-metrics';

export interface ReporterDeps {
  output: Pick<OutputWriter, 'putJson' | 'getJson'>;
  metrics: LatencyMetrics;
  clock: () => Date;
}

export const createHandler =
  (deps: ReporterDeps) =>
  async (payload: unknown): Promise<LatencyReport> => {
    const input = await readReporterInput(payload, deps.output);
    const report = await reportLatency(input, { output: deps.output, now: deps.clock() });
    deps.metrics.record(report);
    getLogger().info('Event latency', {
      status: report.status,
      key: report.key,
      eventToProcessingMs: report.eventToProcessingMs,
      processingMs: report.processingMs,
      endToEndMs: report.endToEndMs,
    });
    return report;
  };

export const defaultDeps = (): ReporterDeps =>
  lazyDeps<ReporterDeps>({
    output: () => createOutputWriter(),
    metrics: () => emfLatencyMetrics,
    clock: () => systemClock,
  });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'EVT-PROTOTYPE' });
