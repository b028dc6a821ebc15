import type { RunResult } from '../local';

/** How a local run ended, in one comparable value: a failing test then shows the error, cause and failed state. */
export interface RunOutcome {
  status: RunResult['status'];
  error: string | undefined;
  cause: string | undefined;
  failedState: string | undefined;
}

/** The outcome of a run that succeeded. */
export const SUCCEEDED: RunOutcome = {
  status: 'SUCCEEDED',
  error: undefined,
  cause: undefined,
  failedState: undefined,
};

/**
 * The part of a run result that says how it ended.
 * @example expect(runOutcome(run)).toEqual(SUCCEEDED);
 */
export function runOutcome(run: Pick<RunResult, 'status' | 'error' | 'cause' | 'failedState'>): RunOutcome {
  return { status: run.status, error: run.error, cause: run.cause, failedState: run.failedState };
}
