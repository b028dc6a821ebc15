/** LatencyReporter: writes one latency record per event and publishes the latency metrics (EMF). */
import { getLogger, withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { getOutput, lazyDeps, systemClock } from '../../deps';
import { type LatencyReport, reportLatency } from '../../domain/report-latency';
import { parseReporterInput } from '../../domain/reporter-input';
import { emfLatencyMetrics, type LatencyMetrics } from '../../latency-metrics';

export interface ReporterDeps {
  output: Pick<OutputWriter, 'putJson'>;
  metrics: LatencyMetrics;
  clock: () => Date;
}

export const createHandler =
  (deps: ReporterDeps) =>
  async (payload: unknown): Promise<LatencyReport> => {
    const report = await reportLatency(parseReporterInput(payload), { output: deps.output, now: deps.clock() });
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
  lazyDeps<ReporterDeps>({ output: getOutput, metrics: () => emfLatencyMetrics, clock: () => systemClock });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'EVT-PROTOTYPE' });
