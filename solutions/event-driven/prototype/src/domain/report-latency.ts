/**
 * LatencyReporter: how long the event waited before processing started, how long processing took and how long the
 * whole path took from the event to this report, written as one JSON record per event.
 */
import { datedKey, type OutputWriter } from '@fsxn-s3ap/shared/output';
import type { ReporterInput } from './reporter-input';

/** One event's latency record as written. Durations are milliseconds, null when the stage never ran. */
export interface LatencyRecord {
  executionId: string;
  eventId: string;
  bucket?: string;
  key?: string;
  status: 'PROCESSED' | 'SKIPPED' | 'FAILED';
  reason?: string;
  error?: { name: string; message: string };
  eventTime: string;
  processingStartedAt: string | null;
  processingFinishedAt: string | null;
  reportedAt: string;
  /** Event time -> processing start. */
  eventToProcessingMs: number | null;
  /** Processing start -> processing end. */
  processingMs: number | null;
  /** Event time -> this report. */
  endToEndMs: number;
  outputKeys: string[];
}

/** The record and the full key it was written to. */
export type LatencyReport = LatencyRecord & { reportKey: string };

/** Where the record of `executionId` is written, dated by the report time (UTC). */
export function latencyKey(executionId: string, reportedAt: Date): string {
  return datedKey('latency', executionId, 'latency.json', reportedAt);
}

/**
 * Milliseconds from `from` to `to`, never negative: event times on AWS have whole-second precision, so a fast
 * start can appear to precede the event by up to a second.
 */
export function elapsedMs(from: string, to: string): number {
  return Math.max(0, Date.parse(to) - Date.parse(from));
}

/** Builds the record of one event and writes it to `latency/`. */
export async function reportLatency(
  input: ReporterInput,
  ports: { output: Pick<OutputWriter, 'putJson'>; now: Date },
): Promise<LatencyReport> {
  const reportedAt = ports.now.toISOString();
  const { image, failure } = input;
  const record: LatencyRecord = {
    executionId: input.executionId,
    eventId: input.eventId,
    ...(input.bucket === undefined ? {} : { bucket: input.bucket }),
    ...((image?.key ?? input.key) ? { key: image?.key ?? input.key } : {}),
    status: failure ? 'FAILED' : image ? 'PROCESSED' : 'SKIPPED',
    ...(input.skipReason === undefined ? {} : { reason: input.skipReason }),
    ...(failure ? { error: { name: failure.error, message: failure.cause } } : {}),
    eventTime: input.eventTime,
    processingStartedAt: image?.processingStartedAt ?? null,
    processingFinishedAt: image?.processingFinishedAt ?? null,
    reportedAt,
    eventToProcessingMs: image ? elapsedMs(input.eventTime, image.processingStartedAt) : null,
    processingMs: image ? elapsedMs(image.processingStartedAt, image.processingFinishedAt) : null,
    endToEndMs: elapsedMs(input.eventTime, reportedAt),
    outputKeys: image?.outputKeys ?? [],
  };
  return { ...record, reportKey: await ports.output.putJson(latencyKey(input.executionId, ports.now), record) };
}
