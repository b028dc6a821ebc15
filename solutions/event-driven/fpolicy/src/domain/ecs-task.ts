/** Reads the private IP of this stack's FPolicy task from an "ECS Task State Change" event. */
import { ValidationError } from '@fsxn-s3ap/shared/errors';

export interface RunningTask {
  taskArn: string;
  privateIp: string;
}

/** The service whose tasks count. */
export interface TaskScope {
  clusterArn: string;
  serviceName: string;
}

type Detail = {
  clusterArn?: unknown;
  group?: unknown;
  lastStatus?: unknown;
  desiredStatus?: unknown;
  taskArn?: unknown;
  attachments?: { type?: unknown; details?: { name?: unknown; value?: unknown }[] }[];
};

/**
 * The running task of `scope`, or a reason why the event does not concern it (another cluster or service, or a
 * task that is stopping). A task of ours without a private IP is a ValidationError.
 */
export function parseRunningTask(event: unknown, scope: TaskScope): RunningTask | { skip: string } {
  const detail = (event as { detail?: Detail } | null)?.detail;
  if (!detail || typeof detail !== 'object')
    throw new ValidationError('event has no detail: not an ECS Task State Change');
  if (detail.clusterArn !== scope.clusterArn) return { skip: `task of cluster ${String(detail.clusterArn)}` };
  if (detail.group !== `service:${scope.serviceName}`) return { skip: `task of group ${String(detail.group)}` };
  if (detail.lastStatus !== 'RUNNING' || detail.desiredStatus !== 'RUNNING') {
    return { skip: `task is ${String(detail.lastStatus)} (desired ${String(detail.desiredStatus)})` };
  }
  if (typeof detail.taskArn !== 'string') throw new ValidationError('ECS event detail has no taskArn');
  const eni = (detail.attachments ?? []).find((attachment) => attachment.type === 'eni');
  const ip = eni?.details?.find((item) => item.name === 'privateIPv4Address')?.value;
  if (typeof ip !== 'string' || ip === '') {
    throw new ValidationError(`task ${detail.taskArn} has no eni attachment with privateIPv4Address`);
  }
  return { taskArn: detail.taskArn, privateIp: ip };
}
