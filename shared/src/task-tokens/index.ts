/**
 * Task-token store for Step Functions callbacks: short correlation ids in job tags, the token itself in DynamoDB
 * (TTL 24 h), and the tag-based detection of the legacy direct mode.
 */
export { CORRELATION_ID_PATTERN, isCorrelationId, newCorrelationId } from './correlation-id';
export {
  DynamoDbTaskTokenStore,
  type DynamoDbTaskTokenStoreOptions,
  JOB_NAME_INDEX,
  MAX_COLLISION_RETRIES,
} from './dynamodb-token-store';
export { CorrelationIdCollisionError, TaskTokenErrorName, TaskTokenTooLongError } from './errors';
export { type BusEntry, createEventPublisher, type EventPublisher } from './event-publisher';
export { detectTokenReference, type JobTagEntry, jobTagsFor, type TokenReference, tagMap } from './job-tags';
export { buildTokenRecord, epochSeconds, isExpired, toTokenRecord } from './record';
export { tokenStorageModeFromEnv } from './storage-mode';
export {
  JobTag,
  MAX_TAG_VALUE_LENGTH,
  type StoreTokenInput,
  type TaskTokenRecord,
  type TaskTokenStore,
  TOKEN_STORAGE_MODES,
  TOKEN_TTL_SECONDS,
  type TokenStorageMode,
} from './types';
