import type { CfnValue } from '../template';
import { IntrinsicError } from './errors';

/** A resource as the local stack names it: the value of `Ref` and of each `Fn::GetAtt` attribute. */
export interface LocalResource {
  type: string;
  ref: string;
  attributes: Record<string, string>;
}

/** What intrinsic functions resolve against. */
export interface IntrinsicScope {
  parameters: Readonly<Record<string, string>>;
  conditions: Readonly<Record<string, boolean>>;
  resources: Readonly<Record<string, LocalResource>>;
  mappings?: Readonly<Record<string, CfnValue>>;
  /** Parameters of a list type (`CommaDelimitedList`, `List<...>`): their `Ref` is a list, as in CloudFormation. */
  listParameters?: ReadonlySet<string>;
}

/** True for parameter types whose `Ref` is a list of strings. */
export function isListParameterType(type: CfnValue | undefined): boolean {
  return type === 'CommaDelimitedList' || (typeof type === 'string' && type.startsWith('List<'));
}

/** Marker for `!Ref AWS::NoValue`: the enclosing key or list item is dropped. */
export const NO_VALUE = Symbol('AWS::NoValue');
/** A resolved value: plain JSON, or NO_VALUE where `AWS::NoValue` was taken. */
export type Resolved = string | number | boolean | null | Resolved[] | { [key: string]: Resolved } | typeof NO_VALUE;

function isRecord(value: unknown): value is Record<string, CfnValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: CfnValue | undefined, fn: string): CfnValue[] {
  if (!Array.isArray(value)) throw new IntrinsicError(`${fn} expects a list, got ${JSON.stringify(value)}`);
  return value;
}

function asText(value: Resolved, fn: string): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new IntrinsicError(`${fn} expects a string, got ${JSON.stringify(value)}`);
}

/** `Ref` of a parameter, pseudo parameter or resource. */
export function resolveRef(name: string, scope: IntrinsicScope): string | typeof NO_VALUE {
  if (name === 'AWS::NoValue') return NO_VALUE;
  const parameter = scope.parameters[name];
  if (parameter !== undefined) return parameter;
  const resource = scope.resources[name];
  if (resource) return resource.ref;
  throw new IntrinsicError(`!Ref ${name}: no such parameter or resource in the local stack`);
}

/** `Fn::GetAtt` of a resource attribute. */
export function resolveGetAtt(logicalId: string, attribute: string, scope: IntrinsicScope): string {
  const resource = scope.resources[logicalId];
  if (!resource) throw new IntrinsicError(`!GetAtt ${logicalId}.${attribute}: no such resource in the local stack`);
  const value = resource.attributes[attribute];
  if (value === undefined) {
    throw new IntrinsicError(
      `!GetAtt ${logicalId}.${attribute}: ${resource.type} has no attribute ${attribute} locally`,
    );
  }
  return value;
}

/** `Fn::Sub` of a template string with optional extra variables; `${!Literal}` stays `${Literal}`. */
export function resolveSub(text: string, variables: Record<string, Resolved>, scope: IntrinsicScope): string {
  return text.replace(/\$\{([^}]*)\}/g, (_match, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
    const name = inner.trim();
    const own = variables[name];
    if (own !== undefined) return asText(own, 'Fn::Sub');
    const dot = name.indexOf('.');
    if (dot > 0 && !name.startsWith('AWS::')) return resolveGetAtt(name.slice(0, dot), name.slice(dot + 1), scope);
    const ref = resolveRef(name, scope);
    if (ref === NO_VALUE) throw new IntrinsicError(`Fn::Sub cannot use AWS::NoValue`);
    return ref;
  });
}

function resolveIntrinsic(fn: string, arg: CfnValue, scope: IntrinsicScope): Resolved {
  switch (fn) {
    case 'Ref': {
      const ref = resolveRef(String(arg), scope);
      if (typeof ref === 'string' && scope.listParameters?.has(String(arg))) {
        return ref === '' ? [] : ref.split(',').map((item) => item.trim());
      }
      return ref;
    }
    case 'Fn::GetAtt': {
      const [id, ...rest] = typeof arg === 'string' ? arg.split('.') : asList(arg, fn).map(String);
      return resolveGetAtt(String(id), rest.join('.'), scope);
    }
    case 'Fn::Sub': {
      if (typeof arg === 'string') return resolveSub(arg, {}, scope);
      const [text, vars] = asList(arg, fn);
      const variables: Record<string, Resolved> = {};
      for (const [key, value] of Object.entries(isRecord(vars) ? vars : {}))
        variables[key] = resolveValue(value, scope);
      return resolveSub(String(text), variables, scope);
    }
    case 'Fn::If': {
      const [condition, whenTrue, whenFalse] = asList(arg, fn);
      const known = scope.conditions[String(condition)];
      if (known === undefined) throw new IntrinsicError(`Fn::If names unknown condition ${String(condition)}`);
      return resolveValue((known ? whenTrue : whenFalse) ?? null, scope);
    }
    case 'Fn::Join': {
      const [separator, items] = asList(arg, fn);
      const list = resolveValue(items ?? [], scope);
      if (!Array.isArray(list)) throw new IntrinsicError('Fn::Join expects a list of values');
      return list.map((item) => asText(item, fn)).join(String(separator));
    }
    case 'Fn::Select': {
      const [index, items] = asList(arg, fn);
      const list = resolveValue(items ?? [], scope);
      const picked = Array.isArray(list) ? list[Number(resolveValue(index ?? 0, scope))] : undefined;
      if (picked === undefined) throw new IntrinsicError(`Fn::Select index ${String(index)} is out of range`);
      return picked;
    }
    case 'Fn::Split': {
      const [separator, text] = asList(arg, fn);
      return asText(resolveValue(text ?? '', scope), fn).split(String(separator));
    }
    case 'Fn::FindInMap': {
      const [map, top, second] = asList(arg, fn).map((part) => asText(resolveValue(part, scope), fn));
      const found = [top, second].reduce<CfnValue | undefined>(
        (node, key) => (isRecord(node) && key !== undefined ? node[key] : undefined),
        scope.mappings?.[String(map)],
      );
      if (found === undefined) throw new IntrinsicError(`Fn::FindInMap ${map}.${top}.${second} is not defined`);
      return resolveValue(found, scope);
    }
    case 'Fn::ToJsonString':
      return JSON.stringify(resolveValue(arg, scope));
    default:
      throw new IntrinsicError(`${fn} is not supported by the local runtime`);
  }
}

/**
 * Resolves every intrinsic in `value` against the local stack: Ref, GetAtt, Sub, If, Join, Select, Split,
 * FindInMap, ToJsonString. `AWS::NoValue` drops the key or list item that holds it.
 */
export function resolveValue(value: CfnValue, scope: IntrinsicScope): Resolved {
  if (Array.isArray(value)) {
    return value.map((item) => resolveValue(item, scope)).filter((item) => item !== NO_VALUE);
  }
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  const only = keys[0];
  if (keys.length === 1 && only !== undefined && (only === 'Ref' || only.startsWith('Fn::'))) {
    return resolveIntrinsic(only, value[only] ?? null, scope);
  }
  const out: Record<string, Resolved> = {};
  for (const key of keys) {
    const resolved = resolveValue(value[key] ?? null, scope);
    if (resolved !== NO_VALUE) out[key] = resolved;
  }
  return out;
}

/** Resolves `value` to a string (numbers and booleans as text); throws `IntrinsicError` for lists and maps. */
export function resolveString(value: CfnValue, scope: IntrinsicScope): string | undefined {
  const resolved = resolveValue(value, scope);
  if (resolved === NO_VALUE || resolved === null) return undefined;
  return asText(resolved, 'value');
}
