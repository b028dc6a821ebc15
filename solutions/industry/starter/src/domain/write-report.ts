/** Writes the run report and its summary, publishes the notification, and fails a run where nothing succeeded. */
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { InventoryFailedError } from '../errors';
import type { ReportEvent } from './events';
import { buildReport } from './report';
import { renderSummaryMarkdown, summaryNotification } from './report-markdown';
import { reportKeysFor } from './result-key';

/** Where the run summary goes (SNS in production). */
export interface Notifier {
  publish(subject: string, message: string): Promise<void>;
}

/** What writing the report needs; no notifier means no notification. */
export interface ReportPorts {
  output: Pick<OutputWriter, 'bucket' | 'putJson' | 'putText'>;
  notifier: Notifier | undefined;
  now: Date;
}

/** What the report task returns to the state machine (the execution's output). */
export interface ReportOutcome {
  reportKey: string;
  summaryKey: string;
  inventoriedObjects: number;
  failedItems: number;
  notified: boolean;
}

/**
 * Writes the JSON report and the Markdown summary, then publishes the notification. When every work item failed,
 * it still writes both (so the failures are on record) and then throws InventoryFailedError.
 */
export async function writeReport(event: ReportEvent, ports: ReportPorts): Promise<ReportOutcome> {
  const report = buildReport(event, ports.now);
  const keys = reportKeysFor(event.executionId, ports.now);
  const reportKey = await ports.output.putJson(keys.report, report);
  const summaryKey = await ports.output.putText(keys.summary, renderSummaryMarkdown(report), 'text/markdown');
  if (ports.notifier) {
    const { subject, message } = summaryNotification(report, `s3://${ports.output.bucket}/${reportKey}`);
    await ports.notifier.publish(subject, message);
  }
  if (report.inventoried.objects === 0 && report.failed.items > 0) {
    throw new InventoryFailedError(
      `All ${report.failed.items} work items of ${event.executionId} failed; see s3://${ports.output.bucket}/${reportKey}`,
    );
  }
  return {
    reportKey,
    summaryKey,
    inventoriedObjects: report.inventoried.objects,
    failedItems: report.failed.items,
    notified: ports.notifier !== undefined,
  };
}
