import type { CfnValue } from '../../template';
import { getAttTarget, intrinsicName, isRecord } from './values';

/** The pseudo parameters CloudFormation defines. */
export const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

/** One name a value refers to: `Ref` (or `${X}`) names a parameter or resource; `GetAtt` (or `${X.Y}`) a resource. */
export interface Reference {
  kind: 'Ref' | 'GetAtt' | 'Condition' | 'FindInMap';
  target: string;
  attribute?: string;
  path: string;
}

const PLACEHOLDER = /\$\{([^}]*)\}/g;

/** The names inside a `Fn::Sub` string, without `${!Literal}` escapes. */
export function subPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)]
    .map((match) => (match[1] ?? '').trim())
    .filter((name) => name.length > 0 && !name.startsWith('!'));
}

function fromSub(arg: CfnValue, path: string, out: Reference[]): void {
  const [text, variables] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined];
  const local = isRecord(variables) ? variables : {};
  if (isRecord(variables)) collectReferences(variables, `${path}.Fn::Sub[1]`, out);
  if (typeof text !== 'string') return;
  for (const name of subPlaceholders(text)) {
    if (name in local) continue;
    const dot = name.indexOf('.');
    if (dot < 0 || name.startsWith('AWS::')) out.push({ kind: 'Ref', target: name, path });
    else out.push({ kind: 'GetAtt', target: name.slice(0, dot), attribute: name.slice(dot + 1), path });
  }
}

/** Collects every reference below a value: `Ref`, `Fn::GetAtt`, `Fn::Sub` names, `Fn::If`/`Condition` names. */
export function collectReferences(value: CfnValue | undefined, path: string, out: Reference[] = []): Reference[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collectReferences(item, `${path}[${index}]`, out);
    });
    return out;
  }
  if (!isRecord(value)) return out;
  const fn = intrinsicName(value);
  const arg = fn ? value[fn] : undefined;
  if (fn === 'Ref' && typeof arg === 'string') out.push({ kind: 'Ref', target: arg, path });
  if (fn === 'Condition' && typeof arg === 'string') out.push({ kind: 'Condition', target: arg, path });
  if (fn === 'Fn::GetAtt') {
    const target = getAttTarget(arg);
    if (target) out.push({ kind: 'GetAtt', target: target[0], attribute: target[1], path });
  }
  if (fn === 'Fn::If' && Array.isArray(arg) && typeof arg[0] === 'string') {
    out.push({ kind: 'Condition', target: arg[0], path });
  }
  if (fn === 'Fn::FindInMap' && Array.isArray(arg) && typeof arg[0] === 'string') {
    out.push({ kind: 'FindInMap', target: arg[0], path });
  }
  if (fn === 'Fn::Sub' && arg !== undefined) {
    fromSub(arg, path, out);
    return out;
  }
  for (const [key, item] of Object.entries(value)) collectReferences(item, path ? `${path}.${key}` : key, out);
  return out;
}
