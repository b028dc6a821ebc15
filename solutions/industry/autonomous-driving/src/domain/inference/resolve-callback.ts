/**
 * The callback side: finds the task token of a finished job (store by CorrelationId, the legacy TaskToken tag, or
 * the job-name index when the job has no tags), completes the task, and removes the stored record. A job whose
 * token is gone (expired, already used, another stack's job) is an orphan: counted, never retried.
 */
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { detectTokenReference, type TaskTokenStore, tagMap } from '@fsxn-s3ap/shared/task-tokens';
import { ErrorName } from '../../errors';
import type { TransformJobChange } from './transform-event';

/** Port: Step Functions callbacks. */
export interface TaskCallbacks {
  success(taskToken: string, output: unknown): Promise<void>;
  failure(taskToken: string, error: string, cause: string): Promise<void>;
}

/** What the callback needs. */
export interface CallbackPorts {
  store: TaskTokenStore | undefined;
  callbacks: TaskCallbacks;
  /** Tags of a job whose event carried none (SageMaker ListTags). */
  listTags: (jobArn: string) => Promise<unknown>;
  /** Counts an orphaned callback (the OrphanedCallback metric). */
  orphaned: (reason: string) => void;
}

/** The outcome, for logs and tests; never contains the token. */
export type CallbackOutcome =
  | { status: 'DELIVERED'; jobName: string; mode: 'dynamodb' | 'direct'; correlationId?: string; jobStatus: string }
  | { status: 'ORPHANED'; jobName: string; reason: string };

/** Step Functions' answers for a token that no longer waits. */
const STALE_TOKEN_ERRORS = ['TaskTimedOut', 'InvalidToken', 'TaskDoesNotExist'];

async function resolveToken(change: TransformJobChange, ports: CallbackPorts) {
  const tags = change.tags ?? (change.jobArn ? await ports.listTags(change.jobArn) : undefined);
  const reference = detectTokenReference(tagMap(tags));
  if (reference.mode === 'direct') return { mode: 'direct' as const, taskToken: reference.taskToken };
  if (!ports.store) return undefined;
  const record =
    reference.mode === 'dynamodb'
      ? await ports.store.get(reference.correlationId)
      : await ports.store.findByJobName(change.jobName);
  return record
    ? { mode: 'dynamodb' as const, taskToken: record.task_token, correlationId: record.correlation_id }
    : undefined;
}

/** Completes the waiting task of `change`, or reports it as an orphan. */
export async function completeTransformTask(
  change: TransformJobChange,
  ports: CallbackPorts,
): Promise<CallbackOutcome> {
  const token = await resolveToken(change, ports);
  if (!token) return orphan(change, 'no live task token for this job (missing, expired or already used)', ports);
  try {
    if (change.status === 'Completed') {
      await ports.callbacks.success(token.taskToken, {
        route: 'batch',
        transformJobName: change.jobName,
        status: change.status,
        outputPath: change.outputPath ?? null,
      });
    } else {
      const cause = `Transform job ${change.jobName} ${change.status.toLowerCase()}: ${change.failureReason ?? 'no reason given'}`;
      await ports.callbacks.failure(token.taskToken, ErrorName.SageMakerTransformJobFailed, cause);
    }
  } catch (error) {
    // A transient failure is rethrown with the record kept, so EventBridge's retry can still deliver it.
    if (!(error instanceof Error && STALE_TOKEN_ERRORS.includes(error.name))) throw error;
    if (token.correlationId !== undefined) await ports.store?.delete(token.correlationId);
    return orphan(change, `Step Functions no longer waits for this token (${error.name})`, ports, token.correlationId);
  }
  if (token.correlationId !== undefined) await ports.store?.delete(token.correlationId);
  getLogger().info('Completed the waiting task', {
    jobName: change.jobName,
    jobStatus: change.status,
    mode: token.mode,
    correlationId: token.correlationId,
  });
  return {
    status: 'DELIVERED',
    jobName: change.jobName,
    mode: token.mode,
    jobStatus: change.status,
    ...(token.correlationId ? { correlationId: token.correlationId } : {}),
  };
}

function orphan(
  change: TransformJobChange,
  reason: string,
  ports: CallbackPorts,
  correlationId?: string,
): CallbackOutcome {
  ports.orphaned(reason);
  getLogger().warn('Orphaned transform job callback', { jobName: change.jobName, reason, correlationId });
  return { status: 'ORPHANED', jobName: change.jobName, reason };
}
