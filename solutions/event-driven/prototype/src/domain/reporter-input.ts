/**
 * What the state machine sends the LatencyReporter: the original event, and either the EventProcessor's record or
 * the failure its Catch caught. Only `event.id` and `event.time` are required, so a failed malformed event is still
 * reported.
 */
import { ObjectEventError } from '../errors';
import type { ProcessingRecord } from './process-event';

/** The reporter's input, parsed. */
export interface ReporterInput {
  executionId: string;
  eventId: string;
  /** ISO 8601 time of the event. */
  eventTime: string;
  bucket?: string;
  key?: string;
  processing?: ProcessingRecord;
  failure?: { error: string; cause: string };
}

type Json = Record<string, unknown>;
const MAX_CAUSE = 1000;

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** The error message inside a Lambda failure cause (a JSON string `{errorType, errorMessage, ...}`), else the text. */
export function causeMessage(cause: unknown): string {
  if (typeof cause !== 'string') return '';
  let message = cause;
  try {
    const parsed = record(JSON.parse(cause));
    if (typeof parsed?.errorMessage === 'string') message = parsed.errorMessage;
  } catch {
    // Not JSON: the cause is already the message.
  }
  return message.slice(0, MAX_CAUSE);
}

function processingOf(value: unknown): ProcessingRecord {
  const processing = record(value);
  if (
    !processing ||
    (processing.status !== 'PROCESSED' && processing.status !== 'SKIPPED') ||
    typeof processing.processingStartedAt !== 'string' ||
    typeof processing.processingFinishedAt !== 'string' ||
    !Array.isArray(processing.outputKeys)
  )
    throw new ObjectEventError('input.processing is not an EventProcessor record');
  return processing as unknown as ProcessingRecord;
}

/** Parses the reporter input; ObjectEventError names what is missing. */
export function parseReporterInput(value: unknown): ReporterInput {
  const input = record(value);
  const event = record(input?.event);
  if (!input || !event) throw new ObjectEventError('input.event must be the EventBridge event');
  const { executionId } = input;
  if (typeof executionId !== 'string' || executionId === '')
    throw new ObjectEventError('input.executionId must be a non-empty string');
  const time = typeof event.time === 'string' ? Date.parse(event.time) : Number.NaN;
  if (typeof event.id !== 'string' || Number.isNaN(time))
    throw new ObjectEventError('input.event needs an id and an ISO 8601 time');
  const detail = record(event.detail);
  const bucket = record(detail?.bucket)?.name;
  const key = record(detail?.object)?.key;
  const failure = record(input.failure);
  if (input.processing === undefined && failure === undefined)
    throw new ObjectEventError('input needs either processing or failure');
  return {
    executionId,
    eventId: event.id,
    eventTime: new Date(time).toISOString(),
    ...(typeof bucket === 'string' ? { bucket } : {}),
    ...(typeof key === 'string' ? { key } : {}),
    ...(input.processing === undefined ? {} : { processing: processingOf(input.processing) }),
    ...(failure === undefined
      ? {}
      : { failure: { error: String(failure.Error ?? 'States.TaskFailed'), cause: causeMessage(failure.Cause) } }),
  };
}
