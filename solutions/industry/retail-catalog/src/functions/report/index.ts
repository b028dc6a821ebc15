/** Report: aggregates the three Map states' outcomes into reports/ (JSON + Markdown). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { getOutput, lazyDeps } from '../../deps';
import { parseReportEvent } from '../../domain/events';
import { type ReportOutcome, writeReport } from '../../domain/write-report';

export interface ReportDeps {
  output: OutputWriter;
}

export const createHandler =
  (deps: ReportDeps) =>
  async (event: unknown): Promise<ReportOutcome> =>
    writeReport(parseReportEvent(event), deps.output);

export const defaultDeps = (): ReportDeps => lazyDeps<ReportDeps>({ output: getOutput });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC11' });
