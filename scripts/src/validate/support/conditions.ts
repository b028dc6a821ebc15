import type { CfnValue, Template } from '../../template';
import { asList, type CfnMap, intrinsicName, isRecord } from './values';

/** A template with its conditions evaluated for a set of parameter values. */
export interface Resolution {
  template: Template;
  /** Resources left out because their condition is false, with that condition's name. */
  removed: Map<string, string>;
}

const NO_VALUE = Symbol('no-value');
type Resolved = CfnValue | typeof NO_VALUE;

/** Parameter values: overrides first, then each parameter's Default; undefined when neither is known. */
export function parameterValues(template: Template, overrides: Readonly<Record<string, string>>): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, definition] of Object.entries(template.body.Parameters ?? {})) {
    const value = overrides[name] ?? definition.Default;
    if (value !== undefined && value !== null && typeof value !== 'object') values.set(name, String(value));
  }
  return values;
}

/** Evaluates conditions three-valued: true, false, or undefined when a value is not known. */
export function createConditionEvaluator(template: Template, values: Map<string, string>) {
  const conditions = template.body.Conditions ?? {};
  const memo = new Map<string, boolean | undefined>();
  const scalar = (value: CfnValue | undefined): string | undefined => {
    if (value === null || value === undefined) return undefined;
    if (typeof value !== 'object') return String(value);
    return isRecord(value) && typeof value.Ref === 'string' ? values.get(value.Ref) : undefined;
  };
  const evaluate = (expression: CfnValue | undefined): boolean | undefined => {
    const fn = intrinsicName(expression);
    if (!fn || !isRecord(expression)) return undefined;
    const args = asList(expression[fn]);
    switch (fn) {
      case 'Condition':
        return typeof expression.Condition === 'string' ? byName(expression.Condition) : undefined;
      case 'Fn::Equals': {
        const [left, right] = [scalar(args[0]), scalar(args[1])];
        return left === undefined || right === undefined ? undefined : left === right;
      }
      case 'Fn::Not': {
        const inner = evaluate(args[0]);
        return inner === undefined ? undefined : !inner;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const results = args.map(evaluate);
        const decisive = fn !== 'Fn::And';
        if (results.includes(decisive)) return decisive;
        return results.includes(undefined) ? undefined : !decisive;
      }
      default:
        return undefined;
    }
  };
  const byName = (name: string): boolean | undefined => {
    if (memo.has(name)) return memo.get(name);
    memo.set(name, undefined); // a cycle evaluates to unknown; the references rule reports it
    const result = evaluate(conditions[name]);
    memo.set(name, result);
    return result;
  };
  return byName;
}

function resolveValue(value: CfnValue, isTrue: (name: string) => boolean | undefined): Resolved {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    return value.map((item) => resolveValue(item, isTrue)).filter((item): item is CfnValue => item !== NO_VALUE);
  }
  const fn = intrinsicName(value);
  if (fn === 'Ref' && value.Ref === 'AWS::NoValue') return NO_VALUE;
  if (fn === 'Fn::If' && Array.isArray(value[fn]) && typeof value[fn][0] === 'string') {
    const [name, whenTrue, whenFalse] = value[fn];
    const result = isTrue(name);
    if (result !== undefined) return resolveValue((result ? whenTrue : whenFalse) ?? null, isTrue);
  }
  const out: CfnMap = {};
  for (const [key, item] of Object.entries(value)) {
    const resolved = resolveValue(item, isTrue);
    if (resolved !== NO_VALUE) out[key] = resolved;
  }
  return out;
}

/** Resolves `Fn::If` and drops resources and outputs whose condition is false under the given parameter values. */
export function resolveTemplate(template: Template, overrides: Readonly<Record<string, string>>): Resolution {
  const isTrue = createConditionEvaluator(template, parameterValues(template, overrides));
  const removed = new Map<string, string>();
  const keep = <T extends { Condition?: CfnValue }>(section: Record<string, T> | undefined, track: boolean) => {
    const out: Record<string, CfnValue> = {};
    for (const [id, entry] of Object.entries(section ?? {})) {
      const condition = entry.Condition;
      if (typeof condition === 'string' && isTrue(condition) === false) {
        if (track) removed.set(id, condition);
        continue;
      }
      const resolved = resolveValue(entry as unknown as CfnValue, isTrue);
      if (resolved !== NO_VALUE) out[id] = resolved;
    }
    return out;
  };
  const body = {
    ...template.body,
    Resources: keep(template.body.Resources, true) as Template['body']['Resources'],
    Outputs: keep(template.body.Outputs, false) as Template['body']['Outputs'],
    Globals: template.body.Globals
      ? (resolveValue(template.body.Globals as CfnValue, isTrue) as Template['body']['Globals'])
      : undefined,
  };
  return { template: { ...template, body }, removed };
}
