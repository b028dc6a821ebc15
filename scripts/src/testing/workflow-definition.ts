import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTemplate } from '../template';

/** Where a pattern keeps its state machine definition. */
export const DEFAULT_ASL_FILE = path.join('statemachine', 'workflow.asl.json');

/** Every `ErrorEquals` entry anywhere in a state machine definition, in document order. */
export function aslErrorNames(definition: unknown): string[] {
  if (Array.isArray(definition)) return definition.flatMap(aslErrorNames);
  if (typeof definition !== 'object' || definition === null) return [];
  return Object.entries(definition).flatMap(([key, value]) =>
    key === 'ErrorEquals' && Array.isArray(value) ? value.map(String) : aslErrorNames(value),
  );
}

/** `States.*` names and service-qualified ones from integrations (`Lambda.ServiceException`, `DynamoDB.…`). */
export function isServiceErrorName(name: string): boolean {
  return /^[A-Z][A-Za-z0-9]*\.[A-Za-z0-9]+$/.test(name);
}

/**
 * The error names a pattern's state machine matches that are neither defined by Step Functions or a service
 * integration nor in `known` (the pattern's `ErrorName` values): a Retry or Catch on such a name can never fire.
 * Empty when every name is real.
 * @example expect(unknownAslErrorNames(PATTERN_DIR, Object.values(ErrorName))).toEqual([]);
 */
export function unknownAslErrorNames(
  patternDir: string,
  known: Iterable<string>,
  aslFile: string = DEFAULT_ASL_FILE,
): string[] {
  const names = new Set(known);
  const definition: unknown = JSON.parse(readFileSync(path.join(patternDir, aslFile), 'utf8'));
  return [...new Set(aslErrorNames(definition))].filter((name) => !isServiceErrorName(name) && !names.has(name));
}

/** The `${Name}` placeholders of the definition and the DefinitionSubstitutions of the template's state machines. */
export function definitionPlaceholders(
  patternDir: string,
  aslFile: string = DEFAULT_ASL_FILE,
): { placeholders: string[]; substitutions: string[] } {
  const text = readFileSync(path.join(patternDir, aslFile), 'utf8');
  const template = loadTemplate(path.join(patternDir, 'template.yaml'));
  const substitutions = Object.values(template.body.Resources)
    .filter((resource) => resource.Type === 'AWS::Serverless::StateMachine')
    .flatMap((resource) =>
      Object.keys((resource.Properties?.DefinitionSubstitutions ?? {}) as Record<string, unknown>),
    );
  const placeholders = [...text.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1] ?? '');
  return { placeholders: [...new Set(placeholders)].sort(), substitutions: [...new Set(substitutions)].sort() };
}
