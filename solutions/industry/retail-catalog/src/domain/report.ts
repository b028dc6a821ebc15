/** Aggregates the three Map states' outcomes of one run into the catalog report. */

import type { ImageStage } from '@fsxn-s3ap/shared/image-catalog';
import type { FailedItem, ReportEvent, StageOutcome } from './events';

/** Totals of one stage. */
export interface StageTotals {
  processed: number;
  skipped: number;
  bytes: number;
  failedItems: number;
}

/** One failed Map item, as the report lists it. */
export interface FailureEntry {
  stage: ImageStage;
  item: string;
  error: string;
  message: string;
}

/** The run report written to `reports/YYYY/MM/DD/<execution>_catalog-report.json`. */
export interface CatalogReport {
  executionId: string;
  runAt: string;
  manifestKey: string;
  discovered: { objects: number; bytes: number; truncated: boolean };
  stages: Record<ImageStage, StageTotals>;
  qualityFailed: number;
  catalogFallbacks: number;
  notes: { stage: ImageStage; key: string; note: string }[];
  failures: FailureEntry[];
}

const MAX_MESSAGE_LENGTH = 500;

/** The readable part of a Catch `Cause`: Lambda sends JSON with `errorMessage`; anything else is kept as is. */
export function causeMessage(cause: string | undefined): string {
  if (cause === undefined || cause === '') return 'no cause given';
  let message = cause;
  try {
    const parsed: unknown = JSON.parse(cause);
    if (typeof parsed === 'object' && parsed !== null && 'errorMessage' in parsed)
      message = String(parsed.errorMessage);
  } catch {
    // Not JSON: the cause is already plain text (States.Timeout, a runtime error...). Keep it as it is.
  }
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}...` : message;
}

/** A readable name for a failed item: its key, or its manifest chunk. */
export function itemLabel(item: unknown): string {
  const value = item as { key?: unknown; manifestKey?: unknown; chunkIndex?: unknown } | null;
  if (typeof value?.key === 'string') return value.key;
  if (typeof value?.manifestKey === 'string') return `${value.manifestKey} (chunk ${String(value.chunkIndex)})`;
  return JSON.stringify(item) ?? 'unknown item';
}

function isFailed(outcome: StageOutcome): outcome is FailedItem {
  return outcome.status === 'FAILED';
}

/** The report of one run. */
export function buildReport(event: ReportEvent): CatalogReport {
  const report: CatalogReport = {
    executionId: event.executionId,
    runAt: event.runAt.toISOString(),
    manifestKey: event.discovery.manifestKey,
    discovered: {
      objects: event.discovery.totalObjects,
      bytes: event.discovery.totalBytes,
      truncated: event.discovery.truncated,
    },
    stages: {
      tagging: { processed: 0, skipped: 0, bytes: 0, failedItems: 0 },
      catalog: { processed: 0, skipped: 0, bytes: 0, failedItems: 0 },
      quality: { processed: 0, skipped: 0, bytes: 0, failedItems: 0 },
    },
    qualityFailed: 0,
    catalogFallbacks: 0,
    notes: [],
    failures: [],
  };
  for (const stage of ['tagging', 'catalog', 'quality'] as const) {
    const totals = report.stages[stage];
    for (const outcome of event[stage]) {
      if (isFailed(outcome)) {
        totals.failedItems += 1;
        const { Error: error = 'UnknownError', Cause: cause } = outcome.error;
        report.failures.push({ stage, item: itemLabel(outcome.item), error, message: causeMessage(cause) });
        continue;
      }
      totals.processed += outcome.processed;
      totals.skipped += outcome.skipped;
      totals.bytes += outcome.bytes;
      report.qualityFailed += outcome.qualityFailed;
      report.catalogFallbacks += outcome.fallbacks;
      report.notes.push(...outcome.notes.map((note) => ({ stage, ...note })));
    }
  }
  return report;
}
