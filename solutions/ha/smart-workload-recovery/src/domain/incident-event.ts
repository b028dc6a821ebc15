/** The EventBridge events that start a recovery: a per-instance alarm going to ALARM, or the node shutting down. */
import { RecoveryEventError } from '../errors';

/** Why the recovery started. */
export type RecoveryTrigger = 'STATUS_CHECK' | 'APP_FAULT' | 'NODE_SHUTDOWN';

/** What the record step needs from the event. */
export interface IncidentEvent {
  instanceId: string;
  trigger: RecoveryTrigger;
  /** False for events that do not mean a fault (an alarm back to OK); they are ignored. */
  isFault: boolean;
  /** The event's own id, for the incident record. */
  eventId: string;
  eventTime: string;
}

const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/;
const SHUTDOWN_STATES = new Set(['stopping', 'stopped']);

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function instanceOfAlarm(detail: Record<string, unknown>): string | undefined {
  const metrics = record(detail.configuration).metrics;
  for (const metric of Array.isArray(metrics) ? metrics : []) {
    const id = record(record(record(record(metric).metricStat).metric).dimensions).InstanceId;
    if (typeof id === 'string') return id;
  }
  const name = typeof detail.alarmName === 'string' ? detail.alarmName : '';
  return /(i-[0-9a-f]{8,17})/.exec(name)?.[1];
}

/**
 * Reads a `CloudWatch Alarm State Change` or `EC2 Instance State-change Notification` event. Throws
 * RecoveryEventError on any other event, or when no instance id can be found in it.
 */
export function parseIncidentEvent(event: unknown): IncidentEvent {
  const body = record(event);
  const detail = record(body.detail);
  const eventId = typeof body.id === 'string' ? body.id : 'unknown';
  const eventTime = typeof body.time === 'string' ? body.time : new Date(0).toISOString();
  let parsed: Omit<IncidentEvent, 'eventId' | 'eventTime'>;
  if (body.source === 'aws.cloudwatch' && body['detail-type'] === 'CloudWatch Alarm State Change') {
    const alarmName = typeof detail.alarmName === 'string' ? detail.alarmName : '';
    parsed = {
      instanceId: instanceOfAlarm(detail) ?? '',
      trigger: alarmName.endsWith('-app-fault') ? 'APP_FAULT' : 'STATUS_CHECK',
      isFault: record(detail.state).value === 'ALARM',
    };
  } else if (body.source === 'aws.ec2' && body['detail-type'] === 'EC2 Instance State-change Notification') {
    parsed = {
      instanceId: typeof detail['instance-id'] === 'string' ? detail['instance-id'] : '',
      trigger: 'NODE_SHUTDOWN',
      isFault: SHUTDOWN_STATES.has(String(detail.state)),
    };
  } else {
    throw new RecoveryEventError(
      `Unsupported event (source "${String(body.source)}", detail-type "${String(body['detail-type'])}"): ` +
        'expected a CloudWatch alarm state change or an EC2 instance state-change notification',
    );
  }
  if (!INSTANCE_ID.test(parsed.instanceId)) {
    throw new RecoveryEventError(`The ${parsed.trigger} event names no valid instance id ("${parsed.instanceId}")`);
  }
  return { ...parsed, eventId, eventTime };
}
