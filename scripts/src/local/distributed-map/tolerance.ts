import { TaskError } from '../errors';

/** `ToleratedFailurePercentage` and `ToleratedFailureCount` once their `...Path` variants are resolved. */
export interface Tolerance {
  percentage?: number;
  count?: number;
}

/** Checks the ranges Step Functions accepts: a percentage in 0..100, a count that is a non-negative integer. */
export function checkTolerance(tolerance: Tolerance): Tolerance {
  const { percentage, count } = tolerance;
  if (percentage !== undefined && !(typeof percentage === 'number' && percentage >= 0 && percentage <= 100)) {
    throw new TaskError('States.Runtime', `ToleratedFailurePercentage must be 0..100, got ${String(percentage)}`);
  }
  if (count !== undefined && !(Number.isInteger(count) && count >= 0)) {
    throw new TaskError('States.Runtime', `ToleratedFailureCount must be a non-negative integer, got ${String(count)}`);
  }
  return tolerance;
}

/**
 * True when `failed` of `total` items exceed the threshold: more than `count` failed items, or a failed share above
 * `percentage` (either one suffices when both are set). With neither set nothing is tolerated. Items of a failed
 * batch all count as failed.
 */
export function exceedsTolerance(failed: number, total: number, tolerance: Tolerance): boolean {
  if (failed <= 0) return false;
  const { percentage, count } = tolerance;
  if (percentage === undefined && count === undefined) return true;
  if (count !== undefined && failed > count) return true;
  return percentage !== undefined && failed * 100 > percentage * total;
}
