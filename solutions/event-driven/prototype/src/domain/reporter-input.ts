/**
 * What the state machine sends the LatencyReporter: the execution input (the S3 event), what discovery found, and
 * either the Map's outcomes or the failure a Catch caught. Only the event's `id` and `time` are required of it, so a
 * malformed event that failed discovery is still reported.
 */
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import { causeMessage, type FailureRecord, readOutcomes } from '@fsxn-s3ap/shared/workflow';
import * as z from '@fsxn-s3ap/shared/zod';
import type { ImageRecord, ImageRunSummary } from './image-stage';

/** The reporter's input, resolved. */
export interface ReporterInput {
  executionId: string;
  eventId: string;
  /** ISO 8601 time of the event. */
  eventTime: string;
  bucket?: string;
  key?: string;
  /** The processed image, when there was one. */
  image?: ImageRecord;
  /** Why nothing was processed (discovery's reason), when nothing was. */
  skipReason?: string;
  failure?: { error: string; cause: string };
}

const Time = nonEmptyString().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 time'));
const ReporterSchema = z.object({
  executionId: nonEmptyString(),
  event: z.object({
    id: nonEmptyString(),
    time: Time,
    detail: z.optional(z.unknown()),
  }),
  discovery: z.optional(z.object({ totalObjects: z.int().check(z.minimum(0)), reason: z.optional(z.string()) })),
  results: z.optional(z.unknown()),
  failure: z.optional(z.object({ Error: z.optional(z.string()), Cause: z.optional(z.string()) })),
});
const DetailSchema = z.object({
  bucket: z.optional(z.object({ name: z.optional(z.string()) })),
  object: z.optional(z.object({ key: z.optional(z.string()) })),
});

/** The Map's image and first failure; the summary comes from this pattern's own item handler. */
async function foldOutcomes(results: unknown, output: Pick<OutputWriter, 'getJson'>) {
  const images: ImageRecord[] = [];
  let failure: FailureRecord | undefined;
  for await (const outcome of readOutcomes<ImageRunSummary>(results, output)) {
    if (outcome.status === 'FAILED') failure ??= outcome.failure;
    else {
      failure ??= outcome.failures[0];
      images.push(...(outcome.summary.images ?? []));
    }
  }
  return { image: images[0], failure };
}

/** Parses and resolves the reporter input; a wrong shape throws ValidationError naming the field. */
export async function readReporterInput(value: unknown, output: Pick<OutputWriter, 'getJson'>): Promise<ReporterInput> {
  const input = parseWith(ReporterSchema, value, 'reporter input');
  const detail = DetailSchema.safeParse(input.event.detail);
  const bucket = detail.success ? detail.data.bucket?.name : undefined;
  const key = detail.success ? detail.data.object?.key : undefined;
  const base: ReporterInput = {
    executionId: input.executionId,
    eventId: input.event.id,
    eventTime: new Date(input.event.time).toISOString(),
    ...(bucket === undefined ? {} : { bucket }),
    ...(key === undefined ? {} : { key }),
  };
  if (input.failure !== undefined) {
    const error = input.failure.Error ?? 'States.TaskFailed';
    return { ...base, failure: { error, cause: causeMessage(input.failure.Cause) } };
  }
  if (input.results === undefined || input.discovery?.totalObjects === 0) {
    return { ...base, skipReason: input.discovery?.reason ?? 'discovery found no object to process' };
  }
  const { image, failure } = await foldOutcomes(input.results, output);
  if (failure !== undefined) return { ...base, failure: { error: failure.error, cause: failure.message } };
  return image === undefined ? { ...base, skipReason: 'the Map returned no processed image' } : { ...base, image };
}
