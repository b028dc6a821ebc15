import { StateMachine } from 'aws-local-stepfunctions';
import { TaskError } from '../errors';

/** A JSON value, as states exchange them. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

type Segment = string | number;

/** The context object a payload template sees (`$$`): Execution, StateMachine and, per item, Map.Item. */
export type TemplateContext = Record<string, unknown>;

function readName(path: string, start: number): number {
  let end = start;
  while (end < path.length && path[end] !== '.' && path[end] !== '[') end += 1;
  return end;
}

/** Parses `$`, `$.a.b`, `$['a']`, `$.a[0]` and the same on `$$`; undefined for filters, wildcards and slices. */
export function parseSimplePath(path: string): { root: '$' | '$$'; segments: Segment[] } | undefined {
  if (!path.startsWith('$')) return undefined;
  const root = path.startsWith('$$') ? '$$' : '$';
  const segments: Segment[] = [];
  let at = root.length;
  while (at < path.length) {
    if (path[at] === '.') {
      const end = readName(path, at + 1);
      const name = path.slice(at + 1, end);
      if (name === '' || name === '*') return undefined;
      segments.push(name);
      at = end;
    } else if (path[at] === '[') {
      const close = path.indexOf(']', at);
      if (close < 0) return undefined;
      const inner = path.slice(at + 1, close);
      if (/^\d+$/.test(inner)) segments.push(Number(inner));
      else if (inner.length >= 2 && (inner[0] === "'" || inner[0] === '"') && inner.endsWith(inner[0])) {
        segments.push(inner.slice(1, -1));
      } else return undefined;
      at = close + 1;
    } else return undefined;
  }
  return { root, segments };
}

const MISSING = Symbol('missing');

function walk(value: unknown, segments: readonly Segment[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return MISSING;
    const next = (current as Record<string | number, unknown>)[segment];
    if (next === undefined) return MISSING;
    current = next;
  }
  return current;
}

/** Reads a simple JSONPath on the input or context; `States.Runtime` when it selects nothing. */
export function queryPath(path: string, input: unknown, context: TemplateContext = {}): Json {
  const parsed = parseSimplePath(path);
  if (!parsed) throw new TaskError('States.Runtime', `the JSONPath ${path} is not supported here`);
  const found = walk(parsed.root === '$$' ? context : input, parsed.segments);
  if (found === MISSING) throw new TaskError('States.Runtime', `the JSONPath ${path} could not be found in the input`);
  return found as Json;
}

function isSimple(template: unknown): boolean {
  if (Array.isArray(template)) return template.every(isSimple);
  if (template === null || typeof template !== 'object') return true;
  return Object.entries(template).every(([key, value]) =>
    key.endsWith('.$') ? typeof value === 'string' && parseSimplePath(value) !== undefined : isSimple(value),
  );
}

function applySimple(template: Json, input: unknown, context: TemplateContext): Json {
  if (Array.isArray(template)) return template.map((item) => applySimple(item, input, context));
  if (template === null || typeof template !== 'object') return template;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith('.$')) out[key.slice(0, -2)] = queryPath(String(value), input, context);
    else out[key] = applySimple(value, input, context);
  }
  return out;
}

/** Evaluates a payload template through the interpreter itself (intrinsic functions, full JSONPath). */
async function applyWithInterpreter(template: Json, input: unknown, context: TemplateContext): Promise<Json> {
  const definition = { StartAt: 'T', States: { T: { Type: 'Pass', Parameters: template, End: true } } };
  const machine = new StateMachine(definition as never, { validationOptions: { noValidate: true } });
  try {
    return (await machine.run(input as never, { context }).result) as Json;
  } catch (error) {
    throw new TaskError('States.Runtime', `payload template: ${(error as Error).message}`);
  }
}

/** A compiled payload template (`Parameters`, `ItemSelector`, `BatchInput`): plain paths fast, the rest interpreted. */
export type PayloadTemplate = (input: unknown, context: TemplateContext) => Promise<Json>;

/** Compiles a payload template once; applying it to thousands of items stays cheap when it uses plain paths. */
export function compileTemplate(template: Json): PayloadTemplate {
  if (isSimple(template)) return async (input, context) => applySimple(template, input, context);
  return (input, context) => applyWithInterpreter(template, input, context);
}
