/**
 * A small CloudFormation intrinsic-function evaluator for tests: resolves Ref, Fn::Sub, Fn::Join, Fn::If,
 * Fn::FindInMap, Fn::Split, Fn::Select, Fn::GetAtt and Conditions for given parameter values, so a test can
 * check what a template really produces (a dashboard body, an alarm threshold) instead of its source text.
 */
import type { CfnValue, Template } from '../../src/template';

/** Marks a value removed by `AWS::NoValue`. */
export const NO_VALUE = Symbol('AWS::NoValue');

type Resolved = CfnValue | typeof NO_VALUE;
type ParamValue = string | string[];

export interface EvalContext {
  template: Template;
  params: Record<string, ParamValue>;
  conditions: Record<string, boolean>;
}

const PSEUDO: Record<string, string> = {
  'AWS::Region': 'eu-west-1',
  'AWS::AccountId': '111122223333',
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'test-stack',
};

function asRecord(value: CfnValue): Record<string, CfnValue> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

function ref(name: string, ctx: EvalContext): Resolved {
  if (name === 'AWS::NoValue') return NO_VALUE;
  const param = ctx.params[name];
  if (param !== undefined) return param;
  const pseudo = PSEUDO[name];
  if (pseudo !== undefined) return pseudo;
  if (ctx.template.body.Resources[name]) return `<${name}>`;
  throw new Error(`Unresolved Ref ${name}`);
}

function text(value: Resolved, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`${where} needs a string, got ${JSON.stringify(value)}`);
}

function list(value: Resolved, where: string): string[] {
  if (Array.isArray(value)) return value.map((item) => text(item, where));
  throw new Error(`${where} needs a list, got ${JSON.stringify(value)}`);
}

function substitute(pattern: string, vars: Record<string, Resolved>, ctx: EvalContext): string {
  return pattern.replace(/\$\{([^}!][^}]*)\}/g, (_match, name: string) => {
    if (name in vars) return text(vars[name] ?? null, `Sub variable ${name}`);
    if (name.includes('.')) return `<${name}>`;
    return text(ref(name, ctx), `Sub ${name}`);
  });
}

function evalFunction(fn: string, arg: CfnValue, ctx: EvalContext): Resolved {
  const args = Array.isArray(arg) ? arg : [arg];
  switch (fn) {
    case 'Ref':
      return ref(text(arg, 'Ref'), ctx);
    case 'Condition':
      return conditionValue(text(arg, 'Condition'), ctx);
    case 'Fn::GetAtt':
      return `<${list(arg, 'GetAtt').join('.')}>`;
    case 'Fn::If': {
      const [name, whenTrue, whenFalse] = args;
      return evaluate(conditionValue(text(name ?? null, 'If'), ctx) ? (whenTrue ?? null) : (whenFalse ?? null), ctx);
    }
    case 'Fn::Equals':
      return text(evaluate(args[0] ?? null, ctx), 'Equals') === text(evaluate(args[1] ?? null, ctx), 'Equals');
    case 'Fn::Not':
      return !evaluate(args[0] ?? null, ctx);
    case 'Fn::And':
      return args.every((item) => evaluate(item, ctx) === true);
    case 'Fn::Or':
      return args.some((item) => evaluate(item, ctx) === true);
    case 'Fn::Join': {
      const items = list(evaluate(args[1] ?? null, ctx), 'Join');
      return items.join(text(args[0] ?? null, 'Join delimiter'));
    }
    case 'Fn::Split':
      return text(evaluate(args[1] ?? null, ctx), 'Split').split(text(args[0] ?? null, 'Split delimiter'));
    case 'Fn::Select':
      return list(evaluate(args[1] ?? null, ctx), 'Select')[Number(args[0])] ?? null;
    case 'Fn::FindInMap': {
      const [map, top, second] = args.map((item) => text(evaluate(item, ctx), 'FindInMap'));
      const value = asRecord(asRecord(ctx.template.body.Mappings?.[map ?? ''] ?? null)?.[top ?? ''] ?? null)?.[
        second ?? ''
      ];
      if (value === undefined) throw new Error(`FindInMap ${map}/${top}/${second} is missing`);
      return value;
    }
    case 'Fn::Sub': {
      if (typeof arg === 'string') return substitute(arg, {}, ctx);
      const vars: Record<string, Resolved> = {};
      for (const [key, value] of Object.entries(asRecord(args[1] ?? null) ?? {})) vars[key] = evaluate(value, ctx);
      return substitute(text(args[0] ?? null, 'Sub'), vars, ctx);
    }
    default:
      throw new Error(`Unsupported intrinsic ${fn}`);
  }
}

function conditionValue(name: string, ctx: EvalContext): boolean {
  const known = ctx.conditions[name];
  if (known !== undefined) return known;
  const definition = ctx.template.body.Conditions?.[name];
  if (definition === undefined) throw new Error(`Unknown condition ${name}`);
  const value = evaluate(definition, ctx) === true;
  ctx.conditions[name] = value;
  return value;
}

/** Resolves every intrinsic function in `value`; `NO_VALUE` entries are dropped from lists and maps. */
export function evaluate(value: CfnValue, ctx: EvalContext): Resolved {
  if (Array.isArray(value)) {
    return value.map((item) => evaluate(item, ctx)).filter((item): item is CfnValue => item !== NO_VALUE);
  }
  const record = asRecord(value);
  if (record === undefined) return value;
  const keys = Object.keys(record);
  const only = keys[0];
  if (keys.length === 1 && only !== undefined && (only === 'Ref' || only === 'Condition' || only.startsWith('Fn::'))) {
    return evalFunction(only, record[only] ?? null, ctx);
  }
  const out: Record<string, CfnValue> = {};
  for (const key of keys) {
    const resolved = evaluate(record[key] ?? null, ctx);
    if (resolved !== NO_VALUE) out[key] = resolved;
  }
  return out;
}

/** A context with every parameter's Default overridden by `params` (CommaDelimitedList values split on commas). */
export function contextFor(template: Template, params: Record<string, string> = {}): EvalContext {
  const values: Record<string, ParamValue> = {};
  for (const [name, definition] of Object.entries(template.body.Parameters ?? {})) {
    const given = params[name] ?? (definition.Default === undefined ? undefined : String(definition.Default));
    if (given === undefined) continue;
    values[name] = definition.Type === 'CommaDelimitedList' ? given.split(',').map((item) => item.trim()) : given;
  }
  return { template, params: values, conditions: {} };
}

/** The resolved properties of one resource, or undefined when its Condition is false. */
export function resolvedProperties(ctx: EvalContext, logicalId: string): Record<string, CfnValue> | undefined {
  const resource = ctx.template.body.Resources[logicalId];
  if (resource === undefined) throw new Error(`No resource ${logicalId}`);
  if (resource.Condition !== undefined && !conditionValue(resource.Condition, ctx)) return undefined;
  const resolved = evaluate(resource.Properties ?? {}, ctx);
  return asRecord(resolved === NO_VALUE ? {} : resolved) ?? {};
}
