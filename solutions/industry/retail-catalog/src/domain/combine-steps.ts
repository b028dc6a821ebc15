/**
 * One Map iteration runs three steps (tagging, catalog, quality), each returning the kit's BatchOutcome. The report
 * counts images, not step runs: an image succeeded when every step did, and is listed once, under the first step
 * that failed it. {@link combineSteps} turns the report event's per-step outcomes into one outcome per iteration.
 */
import { parseWith, z } from '@fsxn-s3ap/shared/schema';
import {
  type BatchOutcome,
  type FailureRecord,
  MAX_FAILURES_PER_BATCH,
  parseOutcome,
} from '@fsxn-s3ap/shared/workflow';
import { type CatalogSummary, mergeSummaries } from './catalog-summary';

/** The steps of an iteration, in the order they run. */
export const STEPS = ['tagging', 'catalog', 'quality'] as const;

const StepsSchema = z.object({ tagging: z.unknown(), catalog: z.unknown(), quality: z.unknown() });
const EventSchema = z.looseObject({ results: z.unknown() });

const hasStatus = (value: unknown) => typeof value === 'object' && value !== null && 'status' in value;

/**
 * One outcome for the images of one iteration, from its three step outcomes. An iteration that is already one
 * outcome (the Catch's FAILED record) is returned as it is, for the kit's report to parse.
 */
export function combineIteration(value: unknown, where: string): unknown {
  if (hasStatus(value)) return value;
  const steps = parseWith(StepsSchema, value, where);
  const outcomes: BatchOutcome<CatalogSummary>[] = [];
  for (const step of STEPS) {
    const outcome = parseOutcome<CatalogSummary>(steps[step], `${where}.${step}`);
    if (outcome.status === 'FAILED') return steps[step];
    outcomes.push(outcome);
  }
  const failures = new Map<string, FailureRecord>();
  let failedCount = 0;
  outcomes.forEach((outcome, index) => {
    for (const failure of outcome.failures) {
      if (!failures.has(failure.item))
        failures.set(failure.item, { ...failure, message: `${STEPS[index]}: ${failure.message}` });
    }
    failedCount = Math.max(failedCount, outcome.failedCount);
  });
  failedCount = Math.max(failedCount, failures.size);
  const objects = Math.max(...outcomes.map((outcome) => outcome.objects));
  const combined: BatchOutcome<CatalogSummary> = {
    status: 'SUCCEEDED',
    objects,
    succeeded: Math.max(0, objects - failedCount),
    bytes: Math.min(...outcomes.map((outcome) => outcome.bytes)),
    failures: [...failures.values()].slice(0, MAX_FAILURES_PER_BATCH),
    failedCount,
    summary: outcomes.map((outcome) => outcome.summary).reduce(mergeSummaries),
  };
  return combined;
}

/** The report event with `results` holding one outcome per iteration; a ResultWriter reference passes unchanged. */
export function combineSteps(event: unknown): unknown {
  const body = parseWith(EventSchema, event, 'report event');
  if (!Array.isArray(body.results)) return body;
  return { ...body, results: body.results.map((value, index) => combineIteration(value, `results[${index}]`)) };
}
