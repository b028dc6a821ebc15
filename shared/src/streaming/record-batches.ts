/** Splitting stream records into PutRecords requests that respect Kinesis' per-request and per-record limits. */
import { ValidationError } from '../errors';

/** One record to put on a stream. */
export interface StreamRecord {
  partitionKey: string;
  data: Uint8Array;
}

/** Limits of one PutRecords request. */
export interface BatchLimits {
  /** Most records per request; Kinesis allows 500. */
  maxRecords?: number;
  /** Most bytes (data plus partition keys) per request; Kinesis allows 5 MiB. */
  maxBytes?: number;
}

/** Kinesis: at most 500 records per PutRecords request. */
export const MAX_RECORDS_PER_REQUEST = 500;
/** Kinesis: at most 5 MiB per PutRecords request, partition keys included. */
export const MAX_BYTES_PER_REQUEST = 5 * 1024 * 1024;
/** Kinesis: at most 1 MiB per record, partition key included. */
export const MAX_BYTES_PER_RECORD = 1024 * 1024;
/** Kinesis: partition keys are 1 to 256 Unicode characters. */
export const MAX_PARTITION_KEY_LENGTH = 256;

/** Bytes a record counts against the request and record limits: its data plus its UTF-8 partition key. */
export function recordSizeBytes(record: StreamRecord): number {
  return record.data.byteLength + Buffer.byteLength(record.partitionKey, 'utf8');
}

/** Throws ValidationError when a record can never be put (empty or over-long partition key, over 1 MiB). */
export function checkRecord(record: StreamRecord): void {
  const length = [...record.partitionKey].length;
  if (length === 0 || length > MAX_PARTITION_KEY_LENGTH) {
    throw new ValidationError(`Partition key must be 1-${MAX_PARTITION_KEY_LENGTH} characters, got ${length}`);
  }
  const size = recordSizeBytes(record);
  if (size > MAX_BYTES_PER_RECORD) {
    throw new ValidationError(
      `A record is ${size} bytes with its partition key; Kinesis accepts ${MAX_BYTES_PER_RECORD}`,
    );
  }
}

/**
 * Splits `records` into consecutive batches of at most `maxRecords` records and `maxBytes` bytes each, keeping
 * their order (so records of one partition key stay in order). Every record is checked with {@link checkRecord}; a
 * record larger than `maxBytes` on its own throws ValidationError.
 *
 * @example batchRecords(records).map((batch) => batch.length) // [500, 500, 37]
 */
export function batchRecords<T extends StreamRecord>(records: readonly T[], limits: BatchLimits = {}): T[][] {
  const maxRecords = limits.maxRecords ?? MAX_RECORDS_PER_REQUEST;
  const maxBytes = limits.maxBytes ?? MAX_BYTES_PER_REQUEST;
  if (!Number.isSafeInteger(maxRecords) || maxRecords < 1 || maxRecords > MAX_RECORDS_PER_REQUEST) {
    throw new ValidationError(`maxRecords must be an integer from 1 to ${MAX_RECORDS_PER_REQUEST}, got ${maxRecords}`);
  }
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1 || maxBytes > MAX_BYTES_PER_REQUEST) {
    throw new ValidationError(`maxBytes must be an integer from 1 to ${MAX_BYTES_PER_REQUEST}, got ${maxBytes}`);
  }
  const batches: T[][] = [];
  let current: T[] = [];
  let currentBytes = 0;
  for (const record of records) {
    checkRecord(record);
    const size = recordSizeBytes(record);
    if (size > maxBytes) throw new ValidationError(`A record of ${size} bytes exceeds the batch limit of ${maxBytes}`);
    if (current.length === maxRecords || currentBytes + size > maxBytes) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(record);
    currentBytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
