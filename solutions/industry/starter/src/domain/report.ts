/** Aggregates the Map outcomes of one run into the inventory report. */
import type { ReportEvent } from './events';
import { emptySummary, type ItemSummary, mergeSummaries } from './item-summary';
import { type FailedItem, failedItemLabel } from './outcome';

/** One failed Map item, as the report lists it. */
export interface FailureEntry {
  item: string;
  error: string;
  message: string;
}

/** The run report written to `reports/YYYY/MM/DD/<execution>_inventory-report.json`. */
export interface InventoryReport {
  executionId: string;
  generatedAt: string;
  manifestKey: string;
  discovered: { objects: number; bytes: number; truncated: boolean };
  inventoried: Omit<ItemSummary, 'status'>;
  failed: { items: number; entries: FailureEntry[] };
}

const MAX_MESSAGE_LENGTH = 500;

/** The readable part of a Catch `Cause`: Lambda sends JSON with `errorMessage`; anything else is kept as is. */
export function causeMessage(cause: string | undefined): string {
  if (cause === undefined || cause === '') return 'no cause given';
  let message = cause;
  try {
    const parsed: unknown = JSON.parse(cause);
    if (typeof parsed === 'object' && parsed !== null && 'errorMessage' in parsed) {
      message = String(parsed.errorMessage);
    }
  } catch {
    // Not JSON: the cause is already plain text (States.Timeout, a Runtime error, ...). Keep it as it is.
  }
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}...` : message;
}

function toFailureEntry(failed: FailedItem): FailureEntry {
  return {
    item: failedItemLabel(failed.item),
    error: failed.error.Error ?? 'UnknownError',
    message: causeMessage(failed.error.Cause),
  };
}

/** The report of one run: what discovery found, what was inventoried (by type), and what failed. */
export function buildReport(event: ReportEvent, now: Date): InventoryReport {
  let total = emptySummary();
  const failures: FailureEntry[] = [];
  for (const result of event.results) {
    if (result.status === 'SUCCEEDED') total = mergeSummaries(total, result);
    else failures.push(toFailureEntry(result));
  }
  const { status: _status, ...inventoried } = total;
  return {
    executionId: event.executionId,
    generatedAt: now.toISOString(),
    manifestKey: event.discovery.manifestKey,
    discovered: {
      objects: event.discovery.totalObjects,
      bytes: event.discovery.totalBytes,
      truncated: event.discovery.truncated,
    },
    inventoried,
    failed: { items: failures.length, entries: failures },
  };
}
