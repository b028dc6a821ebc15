import {
  type AthenaClient,
  GetQueryExecutionCommand,
  type QueryExecution,
  StopQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { callAthena, QueryFailedError, QueryTimeoutError } from './errors';

/** How long to wait for a query, and how often to ask. */
export interface PollSettings {
  /** First pause between two GetQueryExecution calls (doubles each time up to `maxIntervalMs`). */
  readonly intervalMs: number;
  readonly maxIntervalMs: number;
  /** Milliseconds after the start after which the query is stopped and `QueryTimeoutError` thrown. */
  readonly deadlineMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
}

/** Pauses for `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls GetQueryExecution with exponential backoff until the query SUCCEEDED and returns its execution.
 * FAILED or CANCELLED throws `QueryFailedError` with Athena's reason and error fields; a query still running at
 * the deadline is stopped (StopQueryExecution) and `QueryTimeoutError` thrown.
 */
export async function waitForQuery(
  client: AthenaClient,
  queryExecutionId: string,
  settings: PollSettings,
): Promise<QueryExecution> {
  const started = settings.now();
  let interval = settings.intervalMs;
  for (;;) {
    const { QueryExecution: execution } = await callAthena('GetQueryExecution', () =>
      client.send(new GetQueryExecutionCommand({ QueryExecutionId: queryExecutionId })),
    );
    const status = execution?.Status;
    const state = status?.State ?? 'QUEUED';
    if (state === 'SUCCEEDED') return execution ?? {};
    if (state === 'FAILED' || state === 'CANCELLED') {
      throw new QueryFailedError({
        queryExecutionId,
        state,
        stateChangeReason: status?.StateChangeReason,
        errorCategory: status?.AthenaError?.ErrorCategory,
        errorType: status?.AthenaError?.ErrorType,
        errorMessage: status?.AthenaError?.ErrorMessage,
        retryable: status?.AthenaError?.Retryable,
      });
    }
    const remaining = started + settings.deadlineMs - settings.now();
    if (remaining <= 0) {
      // Best effort: the timeout is the error to report even when the stop request fails.
      await callAthena('StopQueryExecution', () =>
        client.send(new StopQueryExecutionCommand({ QueryExecutionId: queryExecutionId })),
      ).catch(() => undefined);
      throw new QueryTimeoutError(queryExecutionId, settings.deadlineMs);
    }
    await settings.sleep(Math.min(interval, remaining));
    interval = Math.min(interval * 2, settings.maxIntervalMs);
  }
}
