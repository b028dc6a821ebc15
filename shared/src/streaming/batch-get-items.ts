/** Reading exactly a given set of keys from a DynamoDB table: BatchGetItem, 100 keys per call, unprocessed keys retried. */
import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ThrottlingError, ValidationError } from '../errors';
import { type BackoffOptions, backoffDelayMs, sleep } from './backoff';

/** BatchGetItem reads at most 100 keys per call. */
export const MAX_KEYS_PER_BATCH_GET = 100;

/** Options of {@link batchGetItems}. */
export interface BatchGetOptions extends BackoffOptions {
  client: Pick<DynamoDBDocumentClient, 'send'>;
  tableName: string;
  /** Name of the table's (string) partition key. */
  keyName: string;
  /** Attributes to return (the key is always added); all when omitted. */
  attributes?: readonly string[];
  /** Attempts per chunk of keys, the first included, before ThrottlingError; default 8. */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Counts each BatchGetItem call (for benchmarks and metrics). */
  onRequest?: () => void;
}

/**
 * The items stored under `keys`, by key (missing keys are absent from the map). Keys are read in chunks of 100, and
 * the `UnprocessedKeys` DynamoDB hands back under load are retried with exponential backoff and jitter; keys still
 * unprocessed after `maxAttempts` throw ThrottlingError. Never scans the table.
 */
export async function batchGetItems(
  keys: readonly string[],
  options: BatchGetOptions,
): Promise<Map<string, Record<string, unknown>>> {
  const maxAttempts = options.maxAttempts ?? 8;
  if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) {
    throw new ValidationError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  }
  const wait = options.sleep ?? sleep;
  const names: Record<string, string> = {};
  let projection: string | undefined;
  if (options.attributes !== undefined) {
    const all = [...new Set([options.keyName, ...options.attributes])];
    all.forEach((name, index) => {
      names[`#a${index}`] = name;
    });
    projection = Object.keys(names).join(', ');
  }
  const found = new Map<string, Record<string, unknown>>();
  const unique = [...new Set(keys)];
  for (let start = 0; start < unique.length; start += MAX_KEYS_PER_BATCH_GET) {
    let pending: Record<string, unknown>[] = unique
      .slice(start, start + MAX_KEYS_PER_BATCH_GET)
      .map((key) => ({ [options.keyName]: key }));
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      if (attempt > maxAttempts) {
        throw new ThrottlingError(
          `${pending.length} keys of ${options.tableName} stayed unprocessed after ${maxAttempts} BatchGetItem attempts`,
        );
      }
      if (attempt > 1) await wait(backoffDelayMs(attempt - 1, options));
      options.onRequest?.();
      const response = await options.client.send(
        new BatchGetCommand({
          RequestItems: {
            [options.tableName]: {
              Keys: pending,
              ...(projection === undefined
                ? {}
                : { ProjectionExpression: projection, ExpressionAttributeNames: names }),
            },
          },
        }),
      );
      for (const item of response.Responses?.[options.tableName] ?? []) {
        const key = item[options.keyName];
        if (typeof key === 'string') found.set(key, item);
      }
      pending = (response.UnprocessedKeys?.[options.tableName]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return found;
}
