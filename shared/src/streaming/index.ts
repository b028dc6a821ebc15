/**
 * Streaming helpers: PutRecords batching within Kinesis' limits with retry of only the rejected records, a Kinesis
 * adapter, partition keys against hot shards, Kinesis event decoding with partial batch responses, and BatchGetItem
 * of exactly the listed keys with unprocessed keys retried.
 */
export { type BackoffOptions, backoffDelayMs, DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, sleep } from './backoff';
export { type BatchGetOptions, batchGetItems, MAX_KEYS_PER_BATCH_GET } from './batch-get-items';
export {
  type BatchItemFailuresResponse,
  batchItemFailures,
  type DeliveredRecord,
  parseKinesisEvent,
} from './kinesis-event';
export { createKinesisSender, type KinesisSenderOptions, streamNameOf } from './kinesis-sender';
export { MAX_HASH_BUCKETS, partitionKeyFor, ROOT_PARTITION } from './partition-key';
export {
  DEFAULT_PUT_ATTEMPTS,
  type FailedRecord,
  type PutRecordsOptions,
  type PutRecordsSummary,
  putRecordsWithRetry,
  type RecordResult,
  type RecordSender,
} from './put-records';
export {
  type BatchLimits,
  batchRecords,
  checkRecord,
  MAX_BYTES_PER_RECORD,
  MAX_BYTES_PER_REQUEST,
  MAX_PARTITION_KEY_LENGTH,
  MAX_RECORDS_PER_REQUEST,
  recordSizeBytes,
  type StreamRecord,
} from './record-batches';
