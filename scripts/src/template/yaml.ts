import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';

/** A CloudFormation value after parsing: short-form intrinsics (`!Ref x`) become their long form (`{ Ref: x }`). */
export type CfnValue = string | number | boolean | null | CfnValue[] | { [key: string]: CfnValue };

/** The intrinsic functions CloudFormation accepts in short form. */
export const SHORT_FORM_FUNCTIONS = new Set([
  'And',
  'Base64',
  'Cidr',
  'Condition',
  'Equals',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Length',
  'Not',
  'Or',
  'Ref',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
]);

/** Error thrown when a template is not valid YAML; the message names the file and the line. */
export class TemplateParseError extends Error {
  override readonly name = 'TemplateParseError';
}

function longName(fn: string): string {
  return fn === 'Ref' || fn === 'Condition' ? fn : `Fn::${fn}`;
}

function wrap(tag: string | undefined, value: CfnValue, file: string): CfnValue {
  if (!tag?.startsWith('!')) return value;
  const fn = tag.slice(1);
  if (!SHORT_FORM_FUNCTIONS.has(fn)) throw new TemplateParseError(`${file}: unknown intrinsic tag ${tag}`);
  if (fn === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [longName(fn)]: value };
}

function toValue(node: unknown, file: string): CfnValue {
  if (isAlias(node)) throw new TemplateParseError(`${file}: YAML aliases are not supported by CloudFormation`);
  if (isSeq(node)) {
    return wrap(
      node.tag,
      node.items.map((item) => toValue(item, file)),
      file,
    );
  }
  if (isMap(node)) {
    const out: Record<string, CfnValue> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = toValue(pair.key, file);
      out[String(key)] = toValue(pair.value, file);
    }
    return wrap(node.tag, out, file);
  }
  if (isScalar(node)) {
    const raw = node.value;
    const value: CfnValue =
      raw === undefined ? null : typeof raw === 'bigint' ? Number(raw) : (raw as string | number | boolean | null);
    return wrap(node.tag, value, file);
  }
  return null;
}

/**
 * Parses CloudFormation/SAM YAML, turning every short-form intrinsic into its long form.
 * @example parseCfnYaml('A: !Ref B') // { A: { Ref: 'B' } }
 */
export function parseCfnYaml(text: string, file = '<template>'): Record<string, CfnValue> {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, version: '1.1' });
  if (doc.errors.length > 0) {
    throw new TemplateParseError(`${file}: ${doc.errors[0]?.message ?? 'invalid YAML'}`);
  }
  const value = toValue(doc.contents, file);
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new TemplateParseError(`${file}: the template is not a YAML mapping`);
  }
  return value;
}
