/** The dead-letter table port: failed stream records, kept with their error for investigation and replay. */
import { createHash } from 'node:crypto';

/** Base64 characters of a record kept in its dead-letter item (DynamoDB items hold at most 400 KB). */
export const MAX_DEAD_LETTER_DATA_CHARS = 256 * 1024;
/** Characters kept of the file key and of the error message. */
export const MAX_DEAD_LETTER_TEXT_CHARS = 2048;

/** One failure of one stream record. */
export interface DeadLetterEntry {
  /** The record's eventID (`shardId-...:sequenceNumber`): every redelivery of the record updates one item. */
  recordId: string;
  /** The record as delivered: base64 data, partition key, sequence number, stream ARN, arrival time. */
  record: {
    data: string;
    partitionKey: string;
    sequenceNumber: string;
    eventSourceArn: string;
    approximateArrivalTimestamp: number;
    /** Set when `data` was cut to {@link MAX_DEAD_LETTER_DATA_CHARS}: the original's length and SHA-256 (hex). */
    truncated?: { originalChars: number; sha256: string };
  };
  fileKey?: string;
  errorName: string;
  errorMessage: string;
  stack?: string;
  /** True when retrying cannot help (malformed record): it is acknowledged at once. */
  permanent: boolean;
}

/** Writes dead-letter items. */
export interface DeadLetterStore {
  /** Records one failed attempt and returns how many attempts of this record have failed so far. */
  record(entry: DeadLetterEntry, now: Date): Promise<number>;
}

/**
 * The entry cut to fit a dead-letter item: `record.data` longer than `maxDataChars` keeps its head and gains the
 * original's length and SHA-256 (so the record can still be found in the stream or matched on replay); the file
 * key and error message are cut to {@link MAX_DEAD_LETTER_TEXT_CHARS}.
 */
export function capDeadLetter(entry: DeadLetterEntry, maxDataChars = MAX_DEAD_LETTER_DATA_CHARS): DeadLetterEntry {
  const { data } = entry.record;
  const record =
    data.length <= maxDataChars
      ? entry.record
      : {
          ...entry.record,
          data: data.slice(0, maxDataChars),
          truncated: { originalChars: data.length, sha256: createHash('sha256').update(data).digest('hex') },
        };
  return {
    ...entry,
    record,
    ...(entry.fileKey === undefined ? {} : { fileKey: entry.fileKey.slice(0, MAX_DEAD_LETTER_TEXT_CHARS) }),
    errorMessage: entry.errorMessage.slice(0, MAX_DEAD_LETTER_TEXT_CHARS),
  };
}
