/**
 * The report task: the kit's run report (JSON and Markdown, with this pattern's health sections, no summary
 * notification), then the health assessment over it, which alerts only at FAILOVER_ALERT_SEVERITY.
 */
import { createTextGenerator, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { lazyDeps } from '@fsxn-s3ap/shared/config';
import {
  createReportHandler,
  defaultKitDeps,
  type KitDeps,
  type ReportOutcome,
  type RunReport,
} from '@fsxn-s3ap/shared/workflow';
import { assessHealth, type HealthOutcome } from './assess-health';
import { type HealthSummary, healthReport } from './log-analysis';
import { loadMonitoringSettings, type MonitoringSettings } from './settings';

/** The pattern's own ports of the report task. */
export interface HealthPorts {
  settings: MonitoringSettings;
  generator: TextGenerator;
}

/** Production ports, built on first use (Bedrock, or the deterministic generator in DemoMode). */
export const defaultHealthPorts = (): HealthPorts =>
  lazyDeps<HealthPorts>({ settings: () => loadMonitoringSettings(), generator: () => createTextGenerator() });

/** The report handler; tests pass in-memory kit dependencies and ports. */
export function createHealthReportHandler(
  deps: KitDeps = defaultKitDeps(),
  ports: HealthPorts = defaultHealthPorts(),
): (event: unknown) => Promise<ReportOutcome & HealthOutcome> {
  // The kit writes the run report without notifying: the alert below depends on the health level.
  const quiet = lazyDeps<KitDeps>({
    kit: () => deps.kit,
    input: () => deps.input,
    output: () => deps.output,
    notifier: () => undefined,
    clock: () => deps.clock,
  });
  const writeRunReport = createReportHandler(healthReport, quiet);
  return async (event) => {
    const outcome = await writeRunReport(event);
    const report = await deps.output.getJson<RunReport<HealthSummary>>(outcome.reportKey);
    const health = await assessHealth(report, outcome.reportKey, {
      settings: ports.settings,
      output: deps.output,
      generator: ports.generator,
      notifier: deps.notifier,
      now: deps.clock(),
    });
    return { ...outcome, ...health };
  };
}
