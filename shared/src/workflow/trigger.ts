/**
 * What started an execution: the schedule (`{}`, or any input without `source` and `detail`), one FPolicy file event
 * from the FPolicy pattern's bus, or one S3 "Object Created" event from EventBridge. A malformed event throws
 * ValidationError: the rule delivered something the workflow cannot act on, and retrying does not change it.
 */
import { ValidationError } from '../errors';
import { nonEmptyString, parseWith } from '../schema';
import * as z from '../schema/zod';

/** The `source` the FPolicy bridge publishes with. */
export const FPOLICY_SOURCE = 'fsxn.fpolicy';
/** The `detail-type` of a file operation. */
export const FPOLICY_DETAIL_TYPE = 'FPolicy File Operation';
/** Operations the FPolicy server reports. */
export const FPOLICY_OPERATIONS = ['create', 'write', 'delete', 'rename'] as const;
export type FPolicyOperation = (typeof FPOLICY_OPERATIONS)[number];
/** The `source` and `detail-type` of S3's EventBridge notifications of a new object. */
export const S3_SOURCE = 'aws.s3';
export const S3_OBJECT_CREATED = 'Object Created';
/** S3 keys hold at most 1024 bytes of UTF-8. */
export const MAX_KEY_BYTES = 1024;

/** One file operation, its path already an access point key. */
export interface FileEvent {
  source: typeof FPOLICY_SOURCE | typeof S3_SOURCE;
  eventId: string;
  operation: FPolicyOperation;
  key: string;
  /** ISO 8601 time of the operation. */
  timestamp: string;
  /** Bytes reported with the event; 0 when none. */
  fileSize: number;
  /** The key before a rename. */
  previousKey?: string;
  /** FPolicy only: where the file lives. */
  volumeName?: string;
  svmName?: string;
}

/** A scheduled (or manual) run lists the prefix; an event run looks at one file. */
export type Trigger = { kind: 'schedule' } | { kind: 'event'; event: FileEvent };

/** An access point key: at most 1024 bytes, no leading `/`, no `.` or `..` segment. */
const key = () =>
  nonEmptyString().check(
    z.refine((value) => Buffer.byteLength(value, 'utf8') <= MAX_KEY_BYTES, `must be at most ${MAX_KEY_BYTES} bytes`),
    z.refine((value) => !value.startsWith('/'), 'must be an access point key, not an absolute path'),
    z.refine(
      (value) => value.split('/').every((segment) => segment !== '.' && segment !== '..'),
      'must not hold "." or ".." segments',
    ),
  );
const timestamp = () =>
  nonEmptyString().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 date'));

const FPolicyEventSchema = z.object({
  source: z.literal(FPOLICY_SOURCE),
  'detail-type': z.literal(FPOLICY_DETAIL_TYPE),
  detail: z.object({
    event_id: nonEmptyString(),
    operation_type: z.enum(FPOLICY_OPERATIONS),
    file_path: key(),
    previous_path: z.optional(key()),
    volume_name: nonEmptyString(),
    svm_name: nonEmptyString(),
    timestamp: timestamp(),
    file_size: z.optional(z.int().check(z.minimum(0))),
  }),
});

const S3EventSchema = z.object({
  id: nonEmptyString(),
  source: z.literal(S3_SOURCE),
  'detail-type': z.literal(S3_OBJECT_CREATED),
  time: timestamp(),
  detail: z.object({
    bucket: z.object({ name: nonEmptyString() }),
    object: z.object({ key: key(), size: z.optional(z.int().check(z.minimum(0))) }),
  }),
});

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}

function fromFPolicy(input: unknown): FileEvent {
  const { detail } = parseWith(FPolicyEventSchema, input, 'FPolicy event');
  if (detail.operation_type === 'rename' && detail.previous_path === undefined) {
    throw new ValidationError('FPolicy event.detail.previous_path is required for a rename');
  }
  return {
    source: FPOLICY_SOURCE,
    eventId: detail.event_id,
    operation: detail.operation_type,
    key: detail.file_path,
    timestamp: detail.timestamp,
    fileSize: detail.file_size ?? 0,
    volumeName: detail.volume_name,
    svmName: detail.svm_name,
    ...(detail.previous_path === undefined ? {} : { previousKey: detail.previous_path }),
  };
}

function fromS3(input: unknown): FileEvent {
  const event = parseWith(S3EventSchema, input, 'S3 event');
  // EventBridge URL-encodes nothing, but S3 keys in notifications may carry '+' for spaces in other transports:
  // EventBridge delivers the key as stored, so it is used as is.
  return {
    source: S3_SOURCE,
    eventId: event.id,
    operation: 'create',
    key: event.detail.object.key,
    timestamp: event.time,
    fileSize: event.detail.object.size ?? 0,
  };
}

/**
 * Parses the execution input discovery receives as `trigger`. Undefined, `{}` or any object without `source` and
 * `detail` is a scheduled run; an object with either must be a complete FPolicy or S3 Object Created event.
 */
export function parseTrigger(value: unknown): Trigger {
  if (value === undefined) return { kind: 'schedule' };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(`execution input must be a JSON object, got ${kindOf(value)}`);
  }
  const input = value as Record<string, unknown>;
  if (input.source === undefined && input.detail === undefined) return { kind: 'schedule' };
  if (input.source === FPOLICY_SOURCE) return { kind: 'event', event: fromFPolicy(input) };
  if (input.source === S3_SOURCE) return { kind: 'event', event: fromS3(input) };
  throw new ValidationError(
    `execution input has source ${JSON.stringify(input.source) ?? 'undefined'}; discovery accepts a scheduled ` +
      `input ({}), an event with source "${FPOLICY_SOURCE}" or one with source "${S3_SOURCE}"`,
  );
}
