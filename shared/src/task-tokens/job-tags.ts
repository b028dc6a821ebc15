/** The tags a transform job carries for its callback, and how the callback reads them back. */
import { isCorrelationId } from './correlation-id';
import { TaskTokenTooLongError } from './errors';
import { JobTag, MAX_TAG_VALUE_LENGTH } from './types';

/** A job tag as SageMaker takes it. */
export interface JobTagEntry {
  Key: string;
  Value: string;
}

/** How the callback finds the token: through the store, directly from the tag, or not at all. */
export type TokenReference =
  | { mode: 'dynamodb'; correlationId: string }
  | { mode: 'direct'; taskToken: string }
  | { mode: 'none' };

/**
 * The tags of a new job: only `CorrelationId` in dynamodb mode; the raw `TaskToken` in direct mode, which throws
 * TaskTokenTooLongError unless `allowLongToken` (events built locally have no tag length limit).
 */
export function jobTagsFor(
  reference: { correlationId: string } | { taskToken: string },
  options: { allowLongToken?: boolean } = {},
): JobTagEntry[] {
  if ('correlationId' in reference) return [{ Key: JobTag.CorrelationId, Value: reference.correlationId }];
  if (!options.allowLongToken && reference.taskToken.length > MAX_TAG_VALUE_LENGTH) {
    throw new TaskTokenTooLongError(
      `The task token has ${reference.taskToken.length} characters but a job tag holds ${MAX_TAG_VALUE_LENGTH}; ` +
        'use TOKEN_STORAGE_MODE=dynamodb (EnableDynamoDBTokenStore=true)',
    );
  }
  return [{ Key: JobTag.TaskToken, Value: reference.taskToken }];
}

/** Tags as a plain map, from SageMaker's `[{Key, Value}]` list or an event's `{key: value}` object. */
export function tagMap(tags: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(tags)) {
    for (const tag of tags) {
      const entry = tag as { Key?: unknown; Value?: unknown } | null;
      if (typeof entry?.Key === 'string' && typeof entry.Value === 'string') out[entry.Key] = entry.Value;
    }
  } else if (tags && typeof tags === 'object') {
    for (const [key, value] of Object.entries(tags)) if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/**
 * Detects the storage mode by which tag is present: a valid `CorrelationId` means dynamodb mode, a non-empty
 * `TaskToken` means direct (legacy) mode; `CorrelationId` wins when both are set.
 */
export function detectTokenReference(tags: Record<string, string>): TokenReference {
  const correlationId = tags[JobTag.CorrelationId];
  if (isCorrelationId(correlationId)) return { mode: 'dynamodb', correlationId };
  const taskToken = tags[JobTag.TaskToken];
  if (typeof taskToken === 'string' && taskToken.length > 0) return { mode: 'direct', taskToken };
  return { mode: 'none' };
}
