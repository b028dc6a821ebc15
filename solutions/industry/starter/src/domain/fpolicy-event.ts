/**
 * What started an execution: the schedule (`{}`, or any input without `source` and `detail`) or one FPolicy file
 * event from the `fsxn-fpolicy-events` bus (TriggerMode EVENT_DRIVEN or HYBRID). A malformed event throws
 * ValidationError: the rule delivered something this pattern cannot act on, and retrying does not change it.
 */
import { ValidationError } from '@fsxn-s3ap/shared/errors';

/** The `source` the FPolicy bridge publishes with. */
export const FPOLICY_SOURCE = 'fsxn.fpolicy';
/** The `detail-type` of a file operation. */
export const FPOLICY_DETAIL_TYPE = 'FPolicy File Operation';
/** Operations the FPolicy server reports. */
export const FPOLICY_OPERATIONS = ['create', 'write', 'delete', 'rename'] as const;
export type FPolicyOperation = (typeof FPOLICY_OPERATIONS)[number];
/** S3 keys hold at most 1024 bytes of UTF-8. */
export const MAX_KEY_BYTES = 1024;

/** The `detail` of an FPolicy event: one file operation, its path already an access point key. */
export interface FPolicyFileEvent {
  eventId: string;
  operation: FPolicyOperation;
  /** Access point key of the file (`file_path`). */
  key: string;
  volumeName: string;
  svmName: string;
  /** ISO 8601 time of the operation. */
  timestamp: string;
  /** Bytes ONTAP reported; 0 when it reported none. */
  fileSize: number;
  /** The key before a rename. */
  previousKey?: string;
}

/** A scheduled (or manual) run lists the prefix; an FPolicy run looks at one file. */
export type DiscoveryTrigger = { kind: 'schedule' } | { kind: 'fpolicy'; event: FPolicyFileEvent };

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}

function text(detail: Record<string, unknown>, field: string): string {
  const value = detail[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError(`FPolicy event detail.${field} must be a non-empty string, got ${kindOf(value)}`);
  }
  return value;
}

function key(detail: Record<string, unknown>, field: string): string {
  const value = text(detail, field);
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > MAX_KEY_BYTES) {
    throw new ValidationError(
      `FPolicy event detail.${field} is ${bytes} bytes; an S3 key holds at most ${MAX_KEY_BYTES}`,
    );
  }
  if (value.startsWith('/')) {
    throw new ValidationError(
      `FPolicy event detail.${field} "${value}" starts with "/"; it must be an access point key`,
    );
  }
  return value;
}

function parseDetail(detail: Record<string, unknown>): FPolicyFileEvent {
  const operation = text(detail, 'operation_type');
  if (!(FPOLICY_OPERATIONS as readonly string[]).includes(operation)) {
    throw new ValidationError(
      `FPolicy event operation_type "${operation}" is not one of ${FPOLICY_OPERATIONS.join(', ')}`,
    );
  }
  const timestamp = text(detail, 'timestamp');
  if (Number.isNaN(Date.parse(timestamp)))
    throw new ValidationError(`FPolicy event timestamp "${timestamp}" is not a date`);
  const fileSize = detail.file_size ?? 0;
  if (typeof fileSize !== 'number' || !Number.isSafeInteger(fileSize) || fileSize < 0) {
    throw new ValidationError('FPolicy event detail.file_size must be a non-negative integer');
  }
  const event: FPolicyFileEvent = {
    eventId: text(detail, 'event_id'),
    operation: operation as FPolicyOperation,
    key: key(detail, 'file_path'),
    volumeName: text(detail, 'volume_name'),
    svmName: text(detail, 'svm_name'),
    timestamp,
    fileSize,
  };
  if (operation === 'rename' || detail.previous_path !== undefined) event.previousKey = key(detail, 'previous_path');
  return event;
}

/**
 * Parses the execution input discovery receives as `trigger`. Undefined, `{}` or any object without `source` and
 * `detail` is a scheduled run; an object with either must be a complete FPolicy event.
 */
export function parseDiscoveryTrigger(value: unknown): DiscoveryTrigger {
  if (value === undefined) return { kind: 'schedule' };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(`execution input must be a JSON object, got ${kindOf(value)}`);
  }
  const input = value as Record<string, unknown>;
  if (input.source === undefined && input.detail === undefined) return { kind: 'schedule' };
  if (input.source !== FPOLICY_SOURCE) {
    throw new ValidationError(
      `execution input has source ${JSON.stringify(input.source) ?? 'undefined'}; discovery accepts a scheduled ` +
        `input ({}) or an event with source "${FPOLICY_SOURCE}"`,
    );
  }
  if (input['detail-type'] !== FPOLICY_DETAIL_TYPE) {
    throw new ValidationError(`FPolicy event detail-type must be "${FPOLICY_DETAIL_TYPE}"`);
  }
  const detail = input.detail;
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) {
    throw new ValidationError(`FPolicy event detail must be an object, got ${kindOf(detail)}`);
  }
  return { kind: 'fpolicy', event: parseDetail(detail as Record<string, unknown>) };
}
