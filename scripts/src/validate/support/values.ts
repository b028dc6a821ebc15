import type { CfnValue } from '../../template';

/** A CloudFormation mapping value. */
export type CfnMap = { [key: string]: CfnValue };

/** True when the value is a mapping (not a list, not a scalar). */
export function isRecord(value: CfnValue | undefined): value is CfnMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a mapping, or an empty one. */
export function asRecord(value: CfnValue | undefined): CfnMap {
  return isRecord(value) ? value : {};
}

/** The value as a list: a list stays, a scalar or mapping becomes a one-item list, nothing becomes []. */
export function asList(value: CfnValue | undefined): CfnValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The single key of an intrinsic function object (`{ Ref: x }` -> `Ref`), or undefined. */
export function intrinsicName(value: CfnValue | undefined): string | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  const key = keys[0];
  return keys.length === 1 && key !== undefined && (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::'))
    ? key
    : undefined;
}

/** Calls `visit` on every value below `value` (itself included), with a dotted path. */
export function walk(value: CfnValue | undefined, path: string, visit: (value: CfnValue, path: string) => void): void {
  if (value === undefined) return;
  visit(value, path);
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(item, `${path}[${index}]`, visit);
    });
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key, visit);
  }
}

/** The `[resource, attribute]` of a `Fn::GetAtt` in either form. */
export function getAttTarget(value: CfnValue | undefined): [string, string] | undefined {
  if (typeof value === 'string') {
    const dot = value.indexOf('.');
    return dot < 0 ? undefined : [value.slice(0, dot), value.slice(dot + 1)];
  }
  if (Array.isArray(value) && typeof value[0] === 'string') {
    return [value[0], typeof value[1] === 'string' ? value[1] : ''];
  }
  return undefined;
}

const MAX_RENDERINGS = 64;
const UNKNOWN = `\${?}`;

function product(parts: string[][]): string[] {
  return parts.reduce<string[]>(
    (acc, options) => acc.flatMap((prefix) => options.map((option) => prefix + option)).slice(0, MAX_RENDERINGS),
    [''],
  );
}

/**
 * Renders a value as the strings it may become, writing references in `Fn::Sub` form (`${X}`, `${X.Attr}`).
 * Both branches of `Fn::If` are kept; `AWS::NoValue` renders as nothing. Unknown functions render as `${?}`.
 */
export function renderTexts(value: CfnValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(renderTexts);
  const fn = intrinsicName(value);
  const arg = fn ? value[fn] : undefined;
  switch (fn) {
    case 'Ref':
      return arg === 'AWS::NoValue' ? [] : [`\${${String(arg)}}`];
    case 'Fn::GetAtt': {
      const target = getAttTarget(arg);
      return target ? [`\${${target[0]}.${target[1]}}`] : [UNKNOWN];
    }
    case 'Fn::Sub':
      return Array.isArray(arg) ? renderTexts(arg[0]) : renderTexts(arg);
    case 'Fn::If':
      return Array.isArray(arg) ? [...renderTexts(arg[1]), ...renderTexts(arg[2])] : [];
    case 'Fn::Join': {
      if (!Array.isArray(arg) || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) return [UNKNOWN];
      const separator = arg[0];
      const parts = arg[1].map((part) => {
        const texts = renderTexts(part);
        return texts.length > 0 ? texts : [''];
      });
      return product(parts.map((options, index) => (index === 0 ? options : options.map((o) => separator + o))));
    }
    case undefined:
      return [];
    default:
      return [UNKNOWN];
  }
}
