import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
  /** Bus events of the pattern's `events/` folder (FPolicy file events), replayed when a rule listens for them. */
  busEvents?: readonly BusEvent[];
}

/** An EventBridge event as a rule target receives it (the shape of the pattern's sample events). */
export interface BusEvent {
  source: string;
  'detail-type': string;
  detail: unknown;
}

/** The FPolicy pattern's event source: file operations forwarded by its server. */
export const FPOLICY_SOURCE = 'fsxn.fpolicy';

/** The sample events of a pattern's `events/` folder that are EventBridge events of `source`, by file name. */
export function busEventsIn(dir: string, source: string): BusEvent[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown)
    .filter(
      (event): event is BusEvent =>
        typeof event === 'object' && event !== null && (event as { source?: unknown }).source === source,
    );
}

function entryOf(event: BusEvent): Record<string, unknown> {
  return { Source: event.source, DetailType: event['detail-type'], Detail: JSON.stringify(event.detail) };
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
 * Fires one tick: the caller's input goes to the first state machine; otherwise every schedule fires once and, when
 * a rule listens for FPolicy file events (TriggerMode EVENT_DRIVEN or HYBRID), the pattern's sample FPolicy events
 * are put on the bus; otherwise each seeded object is announced as an S3 Object Created event when a rule listens
 * for those; otherwise the first state machine starts with `{}`. Returns false when nothing could be started.
 */
export function triggerRun(runtime: LocalRuntime, plan: TriggerPlan): boolean {
  const [machine] = runtime.machineArns;
  if (plan.input !== undefined && machine) {
    runtime.startExecution(machine, plan.input);
    return true;
  }
  const fileEvents = (plan.busEvents ?? []).filter((event) =>
    runtime.listensFor({ source: event.source, 'detail-type': event['detail-type'] }),
  );
  if (plan.schedules.length > 0 || fileEvents.length > 0) {
    for (const schedule of plan.schedules) runtime.deliver(schedule.targetArn, schedule.input);
    if (fileEvents.length > 0) void runtime.putEvents(fileEvents.map(entryOf));
    return true;
  }
  if (runtime.listensFor({ source: 'aws.s3', 'detail-type': 'Object Created' }) && plan.seeded.length > 0) {
    void runtime.putEvents(plan.seeded.map((object) => objectCreatedEntry(plan.inputBucket, object)));
    return true;
  }
  if (machine) runtime.startExecution(machine, {});
  return machine !== undefined;
}
