/** The report of one run: what discovery found, what was processed, what failed and the pattern's own summary. */
import type { IterationOutcome } from './outcomes';
import type { FailureRecord, SummaryReducer } from './types';

/** Failures the report lists in full; more are counted. */
export const MAX_REPORTED_FAILURES = 1000;

/** What discovery said, as the report event carries it. */
export interface DiscoveryFacts {
  manifestKey: string;
  totalObjects: number;
  totalBytes: number;
  truncated: boolean;
  trigger?: string;
  reason?: string;
}

/** The run report written to `reports/YYYY/MM/DD/<execution>_report.json`. */
export interface RunReport<T> {
  useCase: string;
  title: string;
  executionId: string;
  generatedAt: string;
  manifestKey: string;
  trigger: string;
  reason: string;
  discovered: { objects: number; bytes: number; truncated: boolean };
  processed: { objects: number; succeeded: number; failed: number; bytes: number };
  failures: FailureRecord[];
  summary: T;
}

/** The Map's outcomes added up: the pattern's summary, the counts and the first failures. */
export interface FoldedOutcomes<T> {
  summary: T;
  processed: { objects: number; succeeded: number; failed: number; bytes: number };
  failures: FailureRecord[];
}

/**
 * Folds a run's outcomes (see `readOutcomes`) with the pattern's reducer; memory holds the summary and at most
 * {@link MAX_REPORTED_FAILURES} failures. For steps after the Map that need the totals, not a report.
 */
export async function foldOutcomes<T>(
  outcomes: AsyncIterable<IterationOutcome<T>>,
  reducer: Pick<SummaryReducer<unknown, T>, 'empty' | 'merge'>,
): Promise<FoldedOutcomes<T>> {
  let summary = reducer.empty();
  const processed = { objects: 0, succeeded: 0, failed: 0, bytes: 0 };
  const failures: FailureRecord[] = [];
  const keep = (records: readonly FailureRecord[]) => {
    for (const record of records) if (failures.length < MAX_REPORTED_FAILURES) failures.push(record);
  };
  for await (const outcome of outcomes) {
    processed.objects += outcome.objects;
    if (outcome.status === 'FAILED') {
      processed.failed += outcome.objects;
      keep([outcome.failure]);
      continue;
    }
    processed.succeeded += outcome.succeeded;
    processed.failed += outcome.failedCount;
    processed.bytes += outcome.bytes;
    keep(outcome.failures);
    summary = reducer.merge(summary, outcome.summary);
  }
  return { summary, processed, failures };
}

/** Folds the outcomes into the run report. */
export async function buildRunReport<T>(
  outcomes: AsyncIterable<IterationOutcome<T>>,
  context: { useCase: string; title: string; executionId: string; discovery: DiscoveryFacts; now: Date },
  reducer: Pick<SummaryReducer<unknown, T>, 'empty' | 'merge'>,
): Promise<RunReport<T>> {
  const { summary, processed, failures } = await foldOutcomes(outcomes, reducer);
  const { discovery } = context;
  return {
    useCase: context.useCase,
    title: context.title,
    executionId: context.executionId,
    generatedAt: context.now.toISOString(),
    manifestKey: discovery.manifestKey,
    trigger: discovery.trigger ?? 'SCHEDULE',
    reason: discovery.reason ?? '',
    discovered: { objects: discovery.totalObjects, bytes: discovery.totalBytes, truncated: discovery.truncated },
    processed,
    failures,
    summary,
  };
}
