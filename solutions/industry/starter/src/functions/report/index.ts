/** Report: aggregates the Map outcomes into reports/ (JSON + Markdown) and publishes a short summary. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { getConfig, getOutput, lazyDeps, systemClock } from '../../deps';
import { parseReportEvent } from '../../domain/events';
import { type Notifier, type ReportOutcome, writeReport } from '../../domain/write-report';
import { createSnsNotifier } from '../../notifier';

export interface ReportDeps {
  output: OutputWriter;
  /** Undefined when SNS_TOPIC_ARN is not set. */
  notifier: Notifier | undefined;
  clock: () => Date;
}

export const createHandler =
  (deps: ReportDeps) =>
  async (event: unknown): Promise<ReportOutcome> =>
    writeReport(parseReportEvent(event), { output: deps.output, notifier: deps.notifier, now: deps.clock() });

function defaultNotifier(): Notifier | undefined {
  const topicArn = getConfig().snsTopicArn;
  return topicArn === undefined ? undefined : createSnsNotifier(topicArn);
}

export const defaultDeps = (): ReportDeps =>
  lazyDeps<ReportDeps>({ output: getOutput, notifier: defaultNotifier, clock: () => systemClock });

export const handler = withObservability(createHandler(defaultDeps()));
