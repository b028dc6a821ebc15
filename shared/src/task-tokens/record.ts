/** Building and checking stored token records. */
import { type StoreTokenInput, type TaskTokenRecord, TOKEN_TTL_SECONDS } from './types';

/** Epoch seconds of `now`. */
export function epochSeconds(now: Date): number {
  return Math.floor(now.getTime() / 1000);
}

/** The record for `input` under `correlationId`: `created_at` is now, `ttl` is 24 hours later. */
export function buildTokenRecord(correlationId: string, input: StoreTokenInput, now: Date): TaskTokenRecord {
  const createdAt = epochSeconds(now);
  return {
    correlation_id: correlationId,
    task_token: input.taskToken,
    transform_job_name: input.transformJobName,
    created_at: createdAt,
    ttl: createdAt + TOKEN_TTL_SECONDS,
    ...(input.sourceRegion ? { source_region: input.sourceRegion } : {}),
  };
}

/** True when the record's TTL has passed (DynamoDB deletes expired items lazily, so reads check it too). */
export function isExpired(record: Pick<TaskTokenRecord, 'ttl'>, now: Date): boolean {
  return record.ttl <= epochSeconds(now);
}

/** Narrows an item read from the table; undefined when it lacks the fields a record needs. */
export function toTokenRecord(item: Record<string, unknown> | undefined): TaskTokenRecord | undefined {
  if (!item) return undefined;
  const { correlation_id, task_token, transform_job_name, created_at, ttl, source_region } = item;
  if (typeof correlation_id !== 'string' || typeof task_token !== 'string') return undefined;
  if (typeof transform_job_name !== 'string' || typeof created_at !== 'number' || typeof ttl !== 'number') {
    return undefined;
  }
  return {
    correlation_id,
    task_token,
    transform_job_name,
    created_at,
    ttl,
    ...(typeof source_region === 'string' ? { source_region } : {}),
  };
}
