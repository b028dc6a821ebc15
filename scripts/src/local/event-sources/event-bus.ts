import { randomUUID } from 'node:crypto';
import { NO_VALUE, resolveValue } from '../intrinsics';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../parameters';
import type { LocalStack } from '../stack';
import { matchesEventPattern } from './event-pattern';

type Json = Record<string, unknown>;

/** A rule of the template: its event pattern and the ARNs it targets, with the target's input settings. */
export interface LocalRule {
  name: string;
  pattern: Json;
  targets: { arn: string; input?: string; inputPath?: string }[];
}

/** An EventBridge event as rules see it. */
export interface BusEvent extends Json {
  id: string;
  'detail-type': string;
  source: string;
  time: string;
  region: string;
  account: string;
  resources: string[];
  detail: unknown;
}

function record(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

function resolved(value: unknown, stack: LocalStack): Json {
  const out = resolveValue((value ?? {}) as never, stack.scope);
  return out === NO_VALUE ? {} : record(out);
}

/**
 * Every EventBridge rule of the template: AWS::Events::Rule resources with an EventPattern, and the
 * EventBridgeRule / CloudWatchEvent events of SAM functions and state machines.
 */
export function listRules(stack: LocalStack): LocalRule[] {
  const rules: LocalRule[] = [];
  for (const resource of Object.values(stack.resources)) {
    const raw = resource.resource;
    if (resource.type === 'AWS::Events::Rule') {
      const props = resolved(raw.Properties, stack);
      if (!props.EventPattern) continue;
      const pattern =
        typeof props.EventPattern === 'string' ? (JSON.parse(props.EventPattern) as Json) : record(props.EventPattern);
      const targets = (Array.isArray(props.Targets) ? props.Targets : []).map((target: Json) => ({
        arn: String(target.Arn),
        input: typeof target.Input === 'string' ? target.Input : undefined,
        inputPath: typeof target.InputPath === 'string' ? target.InputPath : undefined,
      }));
      rules.push({ name: resource.logicalId, pattern, targets });
      continue;
    }
    if (resource.type !== 'AWS::Serverless::Function' && resource.type !== 'AWS::Serverless::StateMachine') continue;
    for (const [eventId, event] of Object.entries(record(raw.Properties?.Events))) {
      const spec = record(event);
      if (spec.Type !== 'EventBridgeRule' && spec.Type !== 'CloudWatchEvent') continue;
      const props = resolved(spec.Properties, stack);
      const input = typeof props.Input === 'string' ? props.Input : undefined;
      const inputPath = typeof props.InputPath === 'string' ? props.InputPath : undefined;
      const arn = resource.attributes.Arn ?? resource.ref;
      rules.push({
        name: `${resource.logicalId}.${eventId}`,
        pattern: record(props.Pattern),
        targets: [{ arn, input, inputPath }],
      });
    }
  }
  return rules;
}

/** An event from a PutEvents entry (Source, DetailType, Detail as a JSON string, Resources). */
export function eventFromEntry(entry: Json): BusEvent {
  const detailText = typeof entry.Detail === 'string' ? entry.Detail : '{}';
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': String(entry.DetailType ?? ''),
    source: String(entry.Source ?? ''),
    account: LOCAL_ACCOUNT,
    time: new Date().toISOString(),
    region: LOCAL_REGION,
    resources: Array.isArray(entry.Resources) ? entry.Resources.map(String) : [],
    detail: JSON.parse(detailText) as unknown,
  };
}

/** The input a target receives: its constant Input, the InputPath selection (`$.a.b`) or the whole event. */
export function targetInput(target: LocalRule['targets'][number], event: BusEvent): unknown {
  if (target.input !== undefined) return JSON.parse(target.input) as unknown;
  if (!target.inputPath || target.inputPath === '$') return event;
  return target.inputPath
    .replace(/^\$\.?/, '')
    .split('.')
    .reduce<unknown>((node, key) => record(node)[key], event);
}

/** Targets (ARN + input) of every rule the event matches. */
export function routeEvent(
  rules: readonly LocalRule[],
  event: BusEvent,
): { rule: string; arn: string; input: unknown }[] {
  return rules
    .filter((rule) => matchesEventPattern(rule.pattern, event))
    .flatMap((rule) =>
      rule.targets.map((target) => ({ rule: rule.name, arn: target.arn, input: targetInput(target, event) })),
    );
}
