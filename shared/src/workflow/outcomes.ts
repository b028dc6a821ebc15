/**
 * The Map's outcomes, read one at a time: from the state payload (an inline Map's result array) or from the files a
 * Distributed Map's ResultWriter wrote to S3 (its `manifest.json`, then each SUCCEEDED and FAILED file), so memory
 * stays bounded by one result file whatever the run's size.
 */
import { ValidationError } from '../errors';
import type { OutputWriter } from '../output';
import { count, nonEmptyString, parseWith } from '../schema';
import * as z from '../schema/zod';
import type { BatchOutcome, FailureRecord } from './types';

/** One Map iteration's outcome: the item handler's, or a failed iteration (Catch -> Pass, or a failed child run). */
export type IterationOutcome<T> = BatchOutcome<T> | { status: 'FAILED'; objects: number; failure: FailureRecord };

const MAX_MESSAGE_LENGTH = 500;

/** The readable part of a Catch `Cause`: Lambda sends JSON with `errorMessage`; anything else is kept as is. */
export function causeMessage(cause: string | undefined): string {
  if (cause === undefined || cause === '') return 'no cause given';
  let message = cause;
  try {
    const parsed: unknown = JSON.parse(cause);
    if (typeof parsed === 'object' && parsed !== null && 'errorMessage' in parsed)
      message = String(parsed.errorMessage);
  } catch {
    // Not JSON: the cause is already plain text (States.Timeout, a runtime error, ...). Keep it as it is.
  }
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}...` : message;
}

const FailureSchema = z.object({ item: z.string(), error: z.string(), message: z.string() });
const BatchOutcomeSchema = z.object({
  status: z.literal('SUCCEEDED'),
  objects: count(),
  succeeded: count(),
  bytes: count(),
  failures: z.array(FailureSchema),
  failedCount: count(),
  summary: z.unknown(),
});
const CaughtSchema = z.object({
  status: z.literal('FAILED'),
  item: z.unknown(),
  error: z.object({ Error: z.optional(z.string()), Cause: z.optional(z.string()) }),
});

function itemLabel(item: unknown): { label: string; objects: number } {
  if (typeof item !== 'object' || item === null) return { label: JSON.stringify(item) ?? 'unknown item', objects: 1 };
  const record = item as Record<string, unknown>;
  if (typeof record.key === 'string') return { label: record.key, objects: 1 };
  if (typeof record.manifestKey === 'string') {
    const objects = typeof record.count === 'number' ? record.count : 1;
    return { label: `${record.manifestKey} (chunk ${String(record.chunkIndex)}, ${objects} objects)`, objects };
  }
  if (Array.isArray(record.Items)) {
    const first = itemLabel(record.Items[0]).label;
    return { label: `batch of ${record.Items.length} from ${first}`, objects: record.Items.length };
  }
  return { label: JSON.stringify(item)?.slice(0, 200) ?? 'unknown item', objects: 1 };
}

/** One outcome from the payload; a shape neither the item handler nor the Catch produces throws ValidationError. */
export function parseOutcome<T>(value: unknown, where: string): IterationOutcome<T> {
  if (typeof value === 'object' && value !== null && (value as { status?: unknown }).status === 'FAILED') {
    const caught = parseWith(CaughtSchema, value, where);
    const { label, objects } = itemLabel(caught.item);
    const failure = {
      item: label,
      error: caught.error.Error ?? 'UnknownError',
      message: causeMessage(caught.error.Cause),
    };
    return { status: 'FAILED', objects, failure };
  }
  return parseWith(BatchOutcomeSchema, value, where) as BatchOutcome<T>;
}

const WriterDetailsSchema = z.object({
  ResultWriterDetails: z.object({ Bucket: nonEmptyString(), Key: nonEmptyString() }),
});
const ResultManifestSchema = z.object({
  ResultFiles: z.object({
    SUCCEEDED: z.optional(z.array(z.object({ Key: nonEmptyString() }))),
    FAILED: z.optional(z.array(z.object({ Key: nonEmptyString() }))),
    PENDING: z.optional(z.array(z.object({ Key: nonEmptyString() }))),
  }),
});
const ChildResultSchema = z.object({
  Status: z.string(),
  Input: z.optional(z.string()),
  Output: z.optional(z.string()),
  Error: z.optional(z.string()),
  Cause: z.optional(z.string()),
});

function parseJson(text: string | undefined, where: string): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValidationError(`${where} is not JSON`, { cause: error });
  }
}

async function* fromResultWriter<T>(
  details: z.infer<typeof WriterDetailsSchema>,
  output: Pick<OutputWriter, 'getJson'>,
): AsyncGenerator<IterationOutcome<T>> {
  const manifestKey = details.ResultWriterDetails.Key;
  const manifest = parseWith(ResultManifestSchema, await output.getJson(manifestKey), `result manifest ${manifestKey}`);
  const files = [
    ...(manifest.ResultFiles.SUCCEEDED ?? []),
    ...(manifest.ResultFiles.FAILED ?? []),
    ...(manifest.ResultFiles.PENDING ?? []),
  ];
  for (const file of files) {
    const entries = await output.getJson(file.Key);
    if (!Array.isArray(entries)) throw new ValidationError(`result file ${file.Key} is not a JSON array`);
    for (const [index, entry] of entries.entries()) {
      const where = `result file ${file.Key}[${index}]`;
      const child = parseWith(ChildResultSchema, entry, where);
      if (child.Status === 'SUCCEEDED') yield parseOutcome<T>(parseJson(child.Output, `${where}.Output`), where);
      else {
        const { label, objects } = itemLabel(parseJson(child.Input, `${where}.Input`));
        const failure = { item: label, error: child.Error ?? child.Status, message: causeMessage(child.Cause) };
        yield { status: 'FAILED', objects, failure };
      }
    }
  }
}

function hasWriterDetails(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'ResultWriterDetails' in value;
}

/** A Parallel state's output holds one entry per branch: a Distributed Map's details, or an inline array. */
async function* fromArray<T>(
  results: readonly unknown[],
  output: Pick<OutputWriter, 'getJson'>,
  where: string,
): AsyncGenerator<IterationOutcome<T>> {
  for (const [index, value] of results.entries()) {
    const at = `${where}[${index}]`;
    if (Array.isArray(value)) yield* fromArray<T>(value, output, at);
    else if (hasWriterDetails(value)) yield* fromResultWriter<T>(parseWith(WriterDetailsSchema, value, at), output);
    else yield parseOutcome<T>(value, at);
  }
}

/**
 * The Map's outcomes from the report event's `results`: an inline Map's array, a Distributed Map's
 * `ResultWriterDetails`, or a Parallel state's array of either (one per branch; an empty branch gives `[]`).
 */
export function readOutcomes<T>(
  results: unknown,
  output: Pick<OutputWriter, 'getJson'>,
): AsyncIterable<IterationOutcome<T>> {
  if (Array.isArray(results)) return fromArray<T>(results, output, 'results');
  return fromResultWriter<T>(parseWith(WriterDetailsSchema, results, 'report event.results'), output);
}
