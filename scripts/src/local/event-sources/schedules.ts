import { randomUUID } from 'node:crypto';
import { NO_VALUE, resolveValue } from '../intrinsics';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../parameters';
import type { LocalStack } from '../stack';

type Json = Record<string, unknown>;

/** A schedule of the template: what it starts and with which input. */
export interface ScheduleTrigger {
  name: string;
  targetArn: string;
  input: unknown;
}

function record(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

function scheduledEvent(ruleName: string): Json {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: LOCAL_ACCOUNT,
    time: new Date().toISOString(),
    region: LOCAL_REGION,
    resources: [`arn:aws:events:${LOCAL_REGION}:${LOCAL_ACCOUNT}:rule/${ruleName}`],
    detail: {},
  };
}

function inputOf(raw: unknown, fallback: unknown): unknown {
  return typeof raw === 'string' && raw.trim() !== '' ? (JSON.parse(raw) as unknown) : fallback;
}

/**
 * Every schedule of the template: Schedule / ScheduleV2 events of SAM functions and state machines,
 * AWS::Scheduler::Schedule resources and AWS::Events::Rule resources with a ScheduleExpression.
 */
export function listSchedules(stack: LocalStack): ScheduleTrigger[] {
  const triggers: ScheduleTrigger[] = [];
  const resolve = (value: unknown) => {
    const out = resolveValue((value ?? {}) as never, stack.scope);
    return out === NO_VALUE ? {} : record(out);
  };
  for (const resource of Object.values(stack.resources)) {
    const raw = resource.resource;
    if (resource.type === 'AWS::Serverless::Function' || resource.type === 'AWS::Serverless::StateMachine') {
      for (const [eventId, event] of Object.entries(record(raw.Properties?.Events))) {
        const spec = record(event);
        if (spec.Type !== 'Schedule' && spec.Type !== 'ScheduleV2') continue;
        const props = resolve(spec.Properties);
        if (props.Enabled === false || props.State === 'DISABLED') continue;
        const name = `${resource.logicalId}.${eventId}`;
        const fallback = spec.Type === 'Schedule' ? scheduledEvent(name) : {};
        triggers.push({
          name,
          targetArn: resource.attributes.Arn ?? resource.ref,
          input: inputOf(props.Input, fallback),
        });
      }
    }
    if (resource.type === 'AWS::Scheduler::Schedule') {
      const target = record(resolve(raw.Properties).Target);
      triggers.push({ name: resource.logicalId, targetArn: String(target.Arn), input: inputOf(target.Input, {}) });
    }
    if (resource.type === 'AWS::Events::Rule') {
      const props = resolve(raw.Properties);
      if (!props.ScheduleExpression) continue;
      for (const target of Array.isArray(props.Targets) ? (props.Targets as Json[]) : []) {
        const input = inputOf(target.Input, scheduledEvent(resource.name));
        triggers.push({ name: resource.logicalId, targetArn: String(target.Arn), input });
      }
    }
  }
  return triggers;
}
