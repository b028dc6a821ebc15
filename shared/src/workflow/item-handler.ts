/**
 * The per-object stage of every pattern: reads the Map iteration's objects, runs the pattern's processor on each
 * (a few at a time), folds the results into the pattern's summary, records metrics, and turns a failed object into
 * the failure record the report lists. Transient failures (throttling, timeouts, 5xx) are thrown instead, so the
 * state machine's Retry runs the iteration again; results are keyed per object and version, so a rerun overwrites.
 */
import { once } from '../config';
import { errorMessage, isTransientError } from '../errors';
import { addMetric, getLogger, MetricUnit, recordFilesProcessed } from '../observability';
import type { S3ObjectSummary } from '../s3';
import { type KitDeps, withDefaults } from './deps';
import { readItemBatch } from './item-event';
import type { BatchOutcome, FailureRecord, ItemStage, ProcessorContext } from './types';

/** Failure records one iteration returns in full; more are only counted (the state payload stays small). */
export const MAX_FAILURES_PER_BATCH = 50;
const DEFAULT_CONCURRENCY = 4;

type Settled<R> = { ok: true; result: R } | { ok: false; failure: FailureRecord };

async function settle<R>(object: S3ObjectSummary, run: () => Promise<R>): Promise<Settled<R>> {
  try {
    return { ok: true, result: await run() };
  } catch (error) {
    if (isTransientError(error)) throw error;
    const name = error instanceof Error ? error.name : 'Error';
    getLogger().warn('Object failed', { key: object.key, error: name, reason: errorMessage(error) });
    return { ok: false, failure: { item: object.key, error: name, message: errorMessage(error) } };
  }
}

/** Runs `work` over `items` with at most `limit` in flight; results keep the input order. */
async function mapPool<T, U>(items: readonly T[], limit: number, work: (item: T) => Promise<U>): Promise<U[]> {
  const results = new Array<U>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The part of the Lambda context the item handler reads: the time the invocation has left. */
export interface InvocationClock {
  getRemainingTimeInMillis?(): number;
}

/** Lambda's longest timeout, the deadline when no Lambda context is given (tests, scripts). */
const MAX_LAMBDA_MILLIS = 900_000;

/**
 * The item handler of a pattern's stage; `deps` replaces production dependencies (tests).
 * @example export const handler = withObservability(createItemHandler(inventory));
 */
export function createItemHandler<R, T, S, P>(
  stage: ItemStage<R, T, S, P>,
  deps?: Partial<KitDeps> & { settings?: S; ports?: P },
): (event: unknown, context?: InvocationClock) => Promise<BatchOutcome<T>> {
  const resolved = withDefaults(deps);
  const settings = once(() => (deps?.settings ?? stage.settings?.()) as S);
  const ports = once(() => (deps?.ports ?? stage.ports?.()) as P);
  return async (event, context) => {
    const batch = await readItemBatch(event, resolved.output);
    const remaining = context?.getRemainingTimeInMillis?.() ?? MAX_LAMBDA_MILLIS;
    const ctx: ProcessorContext<S, P> = {
      deadline: new Date(Date.now() + remaining),
      executionId: batch.executionId,
      input: resolved.input,
      output: resolved.output,
      now: batch.startedAt ?? resolved.clock(),
      settings: settings(),
      ports: ports(),
    };
    const settled = await mapPool(batch.objects, stage.concurrency ?? DEFAULT_CONCURRENCY, (object) =>
      settle(object, () => stage.process(object, ctx)),
    );
    let summary = stage.summary.empty();
    const failures: FailureRecord[] = [];
    let bytes = 0;
    settled.forEach((outcome, index) => {
      const object = batch.objects[index] as S3ObjectSummary;
      if (outcome.ok) {
        summary = stage.summary.add(summary, outcome.result, object);
        bytes += object.size;
      } else failures.push(outcome.failure);
    });
    const succeeded = batch.objects.length - failures.length;
    recordFilesProcessed(succeeded, bytes);
    if (failures.length > 0) addMetric('FilesFailed', MetricUnit.Count, failures.length);
    return {
      status: 'SUCCEEDED',
      objects: batch.objects.length,
      succeeded,
      bytes,
      failures: failures.slice(0, MAX_FAILURES_PER_BATCH),
      failedCount: failures.length,
      summary,
    };
  };
}
