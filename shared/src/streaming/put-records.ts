/** Putting records in limit-sized batches and retrying only the records the stream did not accept. */
import { ValidationError } from '../errors';
import { type BackoffOptions, backoffDelayMs, sleep } from './backoff';
import { type BatchLimits, batchRecords, type StreamRecord } from './record-batches';

/** The stream's answer for one record of a request, in request order. */
export type RecordResult = { ok: true } | { ok: false; errorCode: string; errorMessage?: string };

/** Sends one batch (one PutRecords request) and returns one result per record, in order. */
export type RecordSender<T extends StreamRecord = StreamRecord> = (batch: readonly T[]) => Promise<RecordResult[]>;

/** A record still rejected after the last attempt, with the stream's last error for it. */
export interface FailedRecord<T> {
  record: T;
  errorCode: string;
  errorMessage?: string;
}

/** What {@link putRecordsWithRetry} did. */
export interface PutRecordsSummary<T> {
  /** Records the stream accepted. */
  succeeded: number;
  /** Requests sent, retries included. */
  requests: number;
  /** Records rejected on every attempt (empty when all were accepted). */
  failed: FailedRecord<T>[];
}

/** Options of {@link putRecordsWithRetry}. */
export interface PutRecordsOptions extends BatchLimits, BackoffOptions {
  /** Attempts per record, the first included; default 5. */
  maxAttempts?: number;
  /** Waits between attempts; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
}

/** Default attempts per record of {@link putRecordsWithRetry}. */
export const DEFAULT_PUT_ATTEMPTS = 5;

/**
 * Puts `records` in batches of at most 500 records and 5 MiB, then retries, with exponential backoff and jitter, only
 * the records the stream rejected (PutRecords is not atomic: throttled records come back with an error code while the
 * rest are stored). Records rejected `maxAttempts` times are returned in `failed`; the caller decides what that
 * means. An error thrown by `send` (access denied, missing stream) is not retried here and propagates.
 */
export async function putRecordsWithRetry<T extends StreamRecord>(
  records: readonly T[],
  send: RecordSender<T>,
  options: PutRecordsOptions = {},
): Promise<PutRecordsSummary<T>> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_PUT_ATTEMPTS;
  if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) {
    throw new ValidationError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  }
  const wait = options.sleep ?? sleep;
  let pending: FailedRecord<T>[] = records.map((record) => ({ record, errorCode: 'NotSent' }));
  let succeeded = 0;
  let requests = 0;
  for (let attempt = 1; attempt <= maxAttempts && pending.length > 0; attempt += 1) {
    if (attempt > 1) await wait(backoffDelayMs(attempt - 1, options));
    const rejected: FailedRecord<T>[] = [];
    for (const batch of batchRecords(
      pending.map((entry) => entry.record),
      options,
    )) {
      requests += 1;
      const results = await send(batch);
      if (results.length !== batch.length) {
        throw new ValidationError(`The stream answered ${results.length} results for ${batch.length} records`);
      }
      batch.forEach((record, index) => {
        const result = results[index] ?? { ok: false, errorCode: 'MissingResult' };
        if (result.ok) succeeded += 1;
        else rejected.push({ record, errorCode: result.errorCode, errorMessage: result.errorMessage });
      });
    }
    pending = rejected;
  }
  return { succeeded, requests, failed: pending };
}
