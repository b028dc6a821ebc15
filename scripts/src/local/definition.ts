import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import type { CfnValue } from '../template';
import { LocalRunError, UnsupportedStateError } from './errors';
import { resolveString, resolveValue } from './intrinsics';
import type { StackResource } from './resource-names';
import type { LocalStack } from './stack';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replaces every `${Name}` in the strings (keys included) of an ASL document; unknown names throw. */
export function substitute(value: Json, substitutions: Readonly<Record<string, string>>): Json {
  const replace = (text: string): string =>
    text.replace(/\$\{([^}]+)\}/g, (_match, name: string) => {
      const found = substitutions[name];
      if (found === undefined)
        throw new LocalRunError(`the definition uses \${${name}}, which no DefinitionSubstitution sets`);
      return found;
    });
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((item) => substitute(item, substitutions));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [replace(key), substitute(item, substitutions)]),
  );
}

/** DefinitionSubstitutions resolved against the local stack (`!Ref`, `!GetAtt`, `!Sub`, `!If`, ...). */
export function resolveSubstitutions(machine: StackResource, stack: LocalStack): Record<string, string> {
  const raw = machine.resource.Properties?.DefinitionSubstitutions;
  const entries = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.entries(raw) : [];
  const out: Record<string, string> = {};
  for (const [name, value] of entries) out[name] = resolveString(value, stack.scope) ?? '';
  return out;
}

function rawDefinition(machine: StackResource, stack: LocalStack): Json {
  const properties = machine.resource.Properties ?? {};
  const uri = properties.DefinitionUri;
  if (typeof uri === 'string') {
    const file = path.resolve(stack.patternDir, uri);
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Json;
    } catch (error) {
      throw new LocalRunError(`${machine.logicalId}: cannot read DefinitionUri ${uri}: ${(error as Error).message}`);
    }
  }
  const inline: CfnValue | undefined = properties.Definition ?? properties.DefinitionString;
  if (inline === undefined)
    throw new LocalRunError(`${machine.logicalId}: only DefinitionUri, Definition or DefinitionString run locally`);
  const resolved = resolveValue(inline, stack.scope);
  return (typeof resolved === 'string' ? JSON.parse(resolved) : resolved) as Json;
}

/** The state machine's ASL after DefinitionSubstitutions, ready for the interpreter. */
export function loadDefinition(machine: StackResource, stack: LocalStack): StateMachineDefinition {
  const substituted = substitute(rawDefinition(machine, stack), resolveSubstitutions(machine, stack));
  if (!substituted || typeof substituted !== 'object' || Array.isArray(substituted)) {
    throw new LocalRunError(`${machine.logicalId}: the definition is not a JSON object`);
  }
  return substituted as unknown as StateMachineDefinition;
}

/** Fields the interpreter would ignore silently; the local runtime refuses them instead. */
const UNSUPPORTED_FIELDS = [
  'ItemReader',
  'ItemBatcher',
  'ResultWriter',
  'Assign',
  'Arguments',
  'Output',
  'QueryLanguage',
];

/** Calls `visit` for every state, nested Map and Parallel states included. */
export function forEachState(
  definition: { States?: Record<string, unknown> },
  visit: (name: string, state: Record<string, unknown>) => void,
): void {
  for (const [name, state] of Object.entries(definition.States ?? {})) {
    if (!state || typeof state !== 'object') continue;
    const record = state as Record<string, unknown>;
    visit(name, record);
    const nested = [record.ItemProcessor, record.Iterator, ...(Array.isArray(record.Branches) ? record.Branches : [])];
    for (const child of nested)
      if (child && typeof child === 'object') forEachState(child as { States?: Record<string, unknown> }, visit);
  }
}

/** Throws `UnsupportedStateError` naming the first state using a feature the local interpreter cannot run. */
export function assertSupported(
  definition: StateMachineDefinition,
  isSupportedResource: (resource: string) => boolean,
): void {
  if ((definition as { QueryLanguage?: string }).QueryLanguage === 'JSONata') {
    throw new UnsupportedStateError('(top level)', 'JSONata is not supported locally; use JSONPath');
  }
  forEachState(definition, (name, state) => {
    const field = UNSUPPORTED_FIELDS.find((key) => key in state);
    if (field) throw new UnsupportedStateError(name, `${field} is not supported by the local interpreter`);
    if (state.Type === 'Task' && !isSupportedResource(String(state.Resource))) {
      throw new UnsupportedStateError(name, `Task resource ${String(state.Resource)} has no local integration`);
    }
  });
}
