/** Types of the task-token store: records, storage modes and the job tags that carry the correlation. */

/** How a transform job finds its way back to the waiting Step Functions task. */
export type TokenStorageMode = 'dynamodb' | 'direct';

/** Every {@link TokenStorageMode}, for validation. */
export const TOKEN_STORAGE_MODES: readonly TokenStorageMode[] = ['dynamodb', 'direct'];

/** Tag names on a SageMaker transform job: `CorrelationId` (dynamodb mode) or the legacy `TaskToken` (direct mode). */
export const JobTag = {
  CorrelationId: 'CorrelationId',
  TaskToken: 'TaskToken',
} as const;

/** Seconds a stored token lives before DynamoDB TTL removes it (24 hours). */
export const TOKEN_TTL_SECONDS = 86_400;

/** SageMaker rejects tag values longer than this, so a real task token never fits in a tag. */
export const MAX_TAG_VALUE_LENGTH = 256;

/** One stored task token, as the table holds it (attribute names are the table's). */
export interface TaskTokenRecord {
  correlation_id: string;
  task_token: string;
  transform_job_name: string;
  /** Epoch seconds. */
  created_at: number;
  /** Epoch seconds after which the record is expired (created_at + {@link TOKEN_TTL_SECONDS}). */
  ttl: number;
  source_region?: string;
}

/** What a caller stores: the token and the job it waits for. */
export interface StoreTokenInput {
  taskToken: string;
  transformJobName: string;
  sourceRegion?: string;
}

/** Port: keeps task tokens under short correlation ids. */
export interface TaskTokenStore {
  /** Stores the token under a new correlation id and returns the id. */
  put(input: StoreTokenInput): Promise<string>;
  /** The live record of the id; undefined when it is missing or expired. */
  get(correlationId: string): Promise<TaskTokenRecord | undefined>;
  /** The live record of a transform job (through the job-name index); undefined when none. */
  findByJobName(transformJobName: string): Promise<TaskTokenRecord | undefined>;
  /** Removes the record (idempotent). */
  delete(correlationId: string): Promise<void>;
}
