/**
 * When the current function invocation must have answered: the process handler records it from the Lambda context,
 * so an OCR poll never outlives the invocation, whichever document of the batch it belongs to. One invocation runs
 * at a time per execution environment.
 */

/** Time kept for writing results after the OCR answer, in milliseconds. */
export const WRITE_RESERVE_MS = 20_000;

let invocationEnd: number | undefined;

/** Records the invocation's end (`Date.now() + context.getRemainingTimeInMillis()`). */
export function startInvocation(endsAt: number): void {
  invocationEnd = endsAt;
}

/** The latest moment an OCR request may be given as its deadline: `wanted`, or earlier to leave time for writes. */
export function boundedDeadline(wanted: number): number {
  return invocationEnd === undefined ? wanted : Math.min(wanted, invocationEnd - WRITE_RESERVE_MS);
}
