import type { ScheduleTrigger } from './event-sources/schedules';
import { LOCAL_ACCOUNT, LOCAL_REGION } from './parameters';
import type { LocalRuntime } from './runtime';
import type { SeededObject } from './seed';

/** What starts a run. */
export interface TriggerPlan {
  schedules: readonly ScheduleTrigger[];
  seeded: readonly SeededObject[];
  inputBucket: string;
  input?: unknown;
}

/** The EventBridge "Object Created" event S3 sends for `object` in `bucket`. */
export function objectCreatedEntry(bucket: string, object: SeededObject): Record<string, unknown> {
  return {
    Source: 'aws.s3',
    DetailType: 'Object Created',
    Resources: [`arn:aws:s3:::${bucket}`],
    Detail: JSON.stringify({
      version: '0',
      bucket: { name: bucket },
      object: { key: object.key, size: object.size },
      reason: 'PutObject',
      requester: LOCAL_ACCOUNT,
      'source-ip-address': '127.0.0.1',
      region: LOCAL_REGION,
    }),
  };
}

/**
 * Fires one tick: the caller's input goes to the first state machine; otherwise every schedule fires once; otherwise
 * each seeded object is announced as an S3 Object Created event when a rule listens for those; otherwise the
 * first state machine starts with `{}`. Returns false when nothing could be started.
 */
export function triggerRun(runtime: LocalRuntime, plan: TriggerPlan): boolean {
  const [machine] = runtime.machineArns;
  if (plan.input !== undefined && machine) {
    runtime.startExecution(machine, plan.input);
    return true;
  }
  if (plan.schedules.length > 0) {
    for (const schedule of plan.schedules) runtime.deliver(schedule.targetArn, schedule.input);
    return true;
  }
  if (runtime.listensFor({ source: 'aws.s3', 'detail-type': 'Object Created' }) && plan.seeded.length > 0) {
    void runtime.putEvents(plan.seeded.map((object) => objectCreatedEntry(plan.inputBucket, object)));
    return true;
  }
  if (machine) runtime.startExecution(machine, {});
  return machine !== undefined;
}
