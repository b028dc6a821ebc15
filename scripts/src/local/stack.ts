import path from 'node:path';
import { loadTemplate, type Template } from '../template';
import { evaluateConditions } from './conditions';
import { LocalRunError } from './errors';
import { type IntrinsicScope, isListParameterType } from './intrinsics';
import { resolveParameters } from './parameters';
import { nameResources, type StackResource } from './resource-names';

/** A pattern's template resolved for a local run: parameters, conditions and the local names of its resources. */
export interface LocalStack {
  patternDir: string;
  template: Template;
  stackName: string;
  parameters: Record<string, string>;
  conditions: Record<string, boolean>;
  resources: Record<string, StackResource>;
  scope: IntrinsicScope;
}

/** `local-<name>` from a pattern folder, safe as a bucket-name prefix. */
export function defaultStackName(patternDir: string): string {
  return `local-${path.basename(patternDir)}`
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, 40);
}

/** Loads `<patternDir>/template.yaml` and resolves it for a local run. */
export function loadStack(
  patternDir: string,
  overrides: Readonly<Record<string, string>>,
  stackName = defaultStackName(patternDir),
  sqsEndpoint = '',
): LocalStack {
  let template: Template;
  try {
    template = loadTemplate(path.join(patternDir, 'template.yaml'));
  } catch (error) {
    throw new LocalRunError(`cannot load ${path.join(patternDir, 'template.yaml')}: ${(error as Error).message}`);
  }
  const parameters = resolveParameters(template, overrides, stackName);
  const listParameters = new Set(
    Object.entries(template.body.Parameters ?? {})
      .filter(([, spec]) => isListParameterType(spec.Type))
      .map(([name]) => name),
  );
  const conditions = evaluateConditions(template.body.Conditions ?? {}, parameters, listParameters);
  const scope: IntrinsicScope = {
    parameters,
    conditions,
    resources: {},
    mappings: template.body.Mappings ?? {},
    listParameters,
  };
  const resources = nameResources(template, stackName, scope, sqsEndpoint);
  scope.resources = resources;
  return { patternDir, template, stackName, parameters, conditions, resources, scope };
}

/** The resources of one CloudFormation type. */
export function resourcesOfType(stack: LocalStack, ...types: string[]): StackResource[] {
  return Object.values(stack.resources).filter((resource) => types.includes(resource.type));
}
