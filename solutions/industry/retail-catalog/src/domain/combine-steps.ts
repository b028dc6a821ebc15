/**
 * One batch of the Distributed Map runs three steps in turn (tagging, catalog, quality), each returning the kit's
 * BatchOutcome. The report counts images, not step runs: an image succeeded when every step did, and is listed once,
 * under the first step that failed it. The last step returns {@link combineBatch} of the three, so each child
 * execution's output is one BatchOutcome the kit's report reads from the Map's result files.
 */
import { ValidationError } from '@fsxn-s3ap/shared/errors';
import { parseWith } from '@fsxn-s3ap/shared/schema';
import {
  type BatchOutcome,
  type FailureRecord,
  MAX_FAILURES_PER_BATCH,
  parseOutcome,
} from '@fsxn-s3ap/shared/workflow';
import * as z from '@fsxn-s3ap/shared/zod';
import { type CatalogSummary, mergeSummaries } from './catalog-summary';

/** The steps of a batch, in the order they run. */
export const STEPS = ['tagging', 'catalog', 'quality'] as const;

/** The outcomes of the steps that ran before the last one, as the state machine passes them to it. */
export interface EarlierSteps {
  tagging: BatchOutcome<CatalogSummary>;
  catalog: BatchOutcome<CatalogSummary>;
}

const EarlierStepsSchema = z.object({ tagging: z.unknown(), catalog: z.unknown() });
const StepsEventSchema = z.looseObject({ steps: z.optional(z.unknown()) });

function stepOutcome(value: unknown, where: string): BatchOutcome<CatalogSummary> {
  const outcome = parseOutcome<CatalogSummary>(value, where);
  if (outcome.status === 'FAILED') throw new ValidationError(`${where} is a failed-item record, not a step outcome`);
  return outcome;
}

/**
 * The earlier steps' outcomes of a last-step event (`steps: { tagging, catalog }`), or undefined when the event has
 * none (the step invoked on its own); a malformed outcome throws ValidationError naming the step.
 */
export function earlierSteps(event: unknown): EarlierSteps | undefined {
  const { steps } = parseWith(StepsEventSchema, event, 'quality step event');
  if (steps === undefined) return undefined;
  const parsed = parseWith(EarlierStepsSchema, steps, 'steps');
  return {
    tagging: stepOutcome(parsed.tagging, 'steps.tagging'),
    catalog: stepOutcome(parsed.catalog, 'steps.catalog'),
  };
}

/** One outcome for the images of one batch from its three step outcomes (in {@link STEPS} order). */
export function combineBatch(outcomes: readonly BatchOutcome<CatalogSummary>[]): BatchOutcome<CatalogSummary> {
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
  const objects = Math.max(0, ...outcomes.map((outcome) => outcome.objects));
  return {
    status: 'SUCCEEDED',
    objects,
    succeeded: Math.max(0, objects - failedCount),
    bytes: Math.min(...outcomes.map((outcome) => outcome.bytes)),
    failures: [...failures.values()].slice(0, MAX_FAILURES_PER_BATCH),
    failedCount,
    summary: outcomes.map((outcome) => outcome.summary).reduce(mergeSummaries),
  };
}

/**
 * Runs the last step and combines its outcome with the earlier steps' of its event (alone when the event carries
 * none). The earlier outcomes are checked first: a malformed event fails before the step writes anything.
 */
export async function withEarlierSteps(
  event: unknown,
  runLast: () => Promise<BatchOutcome<CatalogSummary>>,
): Promise<BatchOutcome<CatalogSummary>> {
  const earlier = earlierSteps(event);
  const last = await runLast();
  return earlier === undefined ? last : combineBatch([earlier.tagging, earlier.catalog, last]);
}
