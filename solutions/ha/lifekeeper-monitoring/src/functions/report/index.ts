/** Report: scores the cluster, asks for an advisory root cause, writes analysis.json and the report, alerts. */
import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { MonitoringConfig } from '../../config';
import { getConfig, getGenerator, getOutput, once } from '../../deps';
import { parseReportEvent } from '../../domain/events';
import { type Notifier, type ReportOutcome, writeAnalysis } from '../../domain/write-analysis';
import { createSnsNotifier } from '../../notifier';

export interface ReportDeps {
  config: () => MonitoringConfig;
  output: () => OutputWriter;
  generator: () => TextGenerator;
  notifier: () => Notifier | undefined;
  clock: () => Date;
}

export const createHandler =
  (deps: ReportDeps) =>
  async (event: unknown): Promise<ReportOutcome> => {
    const input = parseReportEvent(event);
    const config = deps.config();
    return writeAnalysis(input, {
      cluster: config.clusterName,
      prefix: config.inputPrefix,
      alertSeverity: config.alertSeverity,
      output: deps.output(),
      generator: deps.generator(),
      notifier: deps.notifier(),
      now: deps.clock(),
    });
  };

const defaultNotifier = once((): Notifier | undefined => {
  const topicArn = getConfig().snsTopicArn;
  return topicArn === undefined ? undefined : createSnsNotifier(topicArn);
});

export const handler = withObservability(
  createHandler({
    config: getConfig,
    output: getOutput,
    generator: getGenerator,
    notifier: defaultNotifier,
    clock: () => new Date(),
  }),
);
