import type { CfnValue } from '../template';
import { IntrinsicError } from './errors';
import { type IntrinsicScope, NO_VALUE, resolveValue } from './intrinsics';

function isRecord(value: unknown): value is Record<string, CfnValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalar(value: CfnValue, scope: IntrinsicScope): string {
  const resolved = resolveValue(value, scope);
  if (resolved === NO_VALUE || typeof resolved === 'object') return JSON.stringify(resolved);
  return String(resolved);
}

/**
 * Evaluates every condition of a template (Fn::Equals, Fn::And, Fn::Or, Fn::Not, Condition) against parameter
 * values. Throws `IntrinsicError` on an unknown condition, a cycle or a function conditions cannot use.
 */
export function evaluateConditions(
  definitions: Readonly<Record<string, CfnValue>>,
  parameters: Readonly<Record<string, string>>,
  listParameters: ReadonlySet<string> = new Set(),
): Record<string, boolean> {
  const results: Record<string, boolean> = {};
  const visiting = new Set<string>();
  // List parameters resolve to lists, so `!Join ["", !Ref Subnets]` tests a list for emptiness as CloudFormation does.
  const scope: IntrinsicScope = { parameters, conditions: results, resources: {}, listParameters };

  const evaluateNamed = (name: string): boolean => {
    const known = results[name];
    if (known !== undefined) return known;
    const definition = definitions[name];
    if (definition === undefined) throw new IntrinsicError(`condition ${name} is not defined`);
    if (visiting.has(name)) throw new IntrinsicError(`condition ${name} refers to itself`);
    visiting.add(name);
    const value = evaluate(definition);
    visiting.delete(name);
    results[name] = value;
    return value;
  };

  const evaluate = (expression: CfnValue): boolean => {
    if (!isRecord(expression))
      throw new IntrinsicError(`a condition must be a function, got ${JSON.stringify(expression)}`);
    const [fn, arg] = Object.entries(expression)[0] ?? [];
    const args = Array.isArray(arg) ? arg : [];
    switch (fn) {
      case 'Condition':
        return evaluateNamed(String(arg));
      case 'Fn::Equals': {
        const [left, right] = args;
        return scalar(left ?? null, scope) === scalar(right ?? null, scope);
      }
      case 'Fn::And':
        return args.map(evaluate).every(Boolean);
      case 'Fn::Or':
        return args.map(evaluate).some(Boolean);
      case 'Fn::Not':
        return !evaluate(args[0] ?? null);
      default:
        throw new IntrinsicError(`${String(fn)} cannot be used in a condition`);
    }
  };

  for (const name of Object.keys(definitions)) evaluateNamed(name);
  return results;
}
