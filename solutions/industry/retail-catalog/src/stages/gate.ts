/**
 * The state-table gate of the polling steps, on when streaming mode is on (STATE_TABLE_NAME set): the tagging step
 * claims each image version for this execution, the later steps run only on versions this execution holds, and the
 * quality step completes them. A version the stream (or another execution) holds or completed is skipped; a failed
 * step marks the version failed, claimable again, and rethrows.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { once, optionalEnv } from '@fsxn-s3ap/shared/config';
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import { type ImageObject, toImageObject } from '@fsxn-s3ap/shared/image-catalog';
import { createAwsClient } from '@fsxn-s3ap/shared/observability';
import type { S3ObjectSummary } from '@fsxn-s3ap/shared/s3';
import { createDynamoFileStateStore } from '../adapters/dynamo-file-state';
import type { StepResult } from '../domain/catalog-summary';
import type { FileStateStore } from '../domain/file-state';

/** How long a polling claim lasts: the workflow's own timeout, so it cannot lapse while the execution lives. */
export const POLLING_LEASE_SECONDS = 6 * 60 * 60;

/** Where the step stands in the iteration: the first claims, the last completes. */
export type StepRole = 'first' | 'middle' | 'last';

/** The state table when STATE_TABLE_NAME is set, else undefined (the polling path then runs ungated). */
export const optionalStateStore = once((): FileStateStore | undefined => {
  const tableName = optionalEnv('STATE_TABLE_NAME', undefined);
  if (tableName === undefined) return undefined;
  const client = DynamoDBDocumentClient.from(createAwsClient(DynamoDBClient, {}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return createDynamoFileStateStore({ client, tableName });
});

/** Why this execution may not run the step on `object`, or undefined when it may. */
async function refusal(object: ImageObject, state: FileStateStore, role: StepRole, owner: string, now: Date) {
  if (role === 'first') {
    const claim = await state.claim(object, owner, now, POLLING_LEASE_SECONDS);
    return claim.claimed ? undefined : claim.reason;
  }
  return (await state.isClaimedBy(object, owner)) ? undefined : 'not claimed by this execution';
}

/** Runs `work` on the image version of `summary` behind the gate (no gate when `state` is undefined). */
export async function runGated(
  summary: S3ObjectSummary,
  gate: { state: FileStateStore | undefined; executionId: string; now: Date; role: StepRole },
  work: (object: ImageObject) => Promise<StepResult>,
): Promise<StepResult> {
  const object = toImageObject(summary);
  const { state, now, role } = gate;
  if (state === undefined) return work(object);
  const owner = `polling:${gate.executionId}`;
  const refused = await refusal(object, state, role, owner, now);
  if (refused !== undefined) return { step: 'skipped', key: object.key, reason: refused };
  try {
    const result = await work(object);
    if (role === 'last') await state.complete(object, owner, now);
    return result;
  } catch (error) {
    await state.fail(object, owner, now, errorMessage(error));
    throw error;
  }
}
