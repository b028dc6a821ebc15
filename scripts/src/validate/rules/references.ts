import { findCycles } from '../support/cycles';
import { collectReferences, PSEUDO_PARAMETERS, type Reference } from '../support/refs';
import { samGeneratedIds } from '../support/sam-ids';
import { isCustomResourceType, resourceSpec } from '../support/spec';
import { asList } from '../support/values';
import { createReporter, type Reporter, type Rule } from '../types';

function checkAttribute(type: string, attribute: string): boolean {
  if (isCustomResourceType(type) || type.startsWith('AWS::Serverless::')) return true;
  if (type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) return true;
  const attributes = resourceSpec(type)?.attributes;
  return !attributes || attributes.has(attribute);
}

function checkCycles(edges: Map<string, Set<string>>, report: Reporter): void {
  for (const cycle of findCycles(edges)) {
    report.error(`circular dependency: ${cycle.join(' -> ')}`, cycle[0]);
  }
}

/** Every Ref, GetAtt, Sub name, condition name and DependsOn target exists; resources do not depend in a circle. */
export const referencesRule: Rule = {
  id: 'references',
  summary: 'Ref/GetAtt/Sub/FindInMap targets, condition names and DependsOn targets exist; no circular dependencies',
  check(context) {
    const { body, file } = context.template;
    const report = createReporter('references', file);
    const parameters = new Set(Object.keys(body.Parameters ?? {}));
    const resources = body.Resources;
    const generated = context.isSam ? samGeneratedIds(context.template) : new Set<string>();
    const conditions = new Set(Object.keys(body.Conditions ?? {}));
    const mappings = new Set(Object.keys(body.Mappings ?? {}));
    const used = new Set<string>();
    const edges = new Map<string, Set<string>>();

    const missing = (target: string) => {
      const condition = context.removed.get(target);
      return condition ? `${target}, which is not created when condition ${condition} is false` : `${target}`;
    };
    const isResource = (target: string) => {
      const base = target.includes('.') ? target.slice(0, target.indexOf('.')) : target;
      return target in resources || generated.has(target) || (target !== base && base in resources);
    };
    const check = (reference: Reference, owner: string, inConditions: boolean) => {
      const { kind, target, path } = reference;
      if (kind === 'Condition') {
        if (!conditions.has(target)) report.error(`condition ${target} is not defined`, owner, path);
        return;
      }
      if (kind === 'FindInMap') {
        if (!mappings.has(target)) report.error(`mapping ${target} is not defined`, owner, path);
        return;
      }
      used.add(target);
      if (target in resources && owner in resources) edges.get(owner)?.add(target);
      if (kind === 'Ref' && (parameters.has(target) || PSEUDO_PARAMETERS.has(target))) return;
      if (inConditions) {
        report.error(`conditions may only refer to parameters, not to ${target}`, owner, path);
        return;
      }
      if (!isResource(target)) {
        report.error(
          `${kind} refers to an undefined ${kind === 'Ref' ? 'parameter or resource' : 'resource'} ${missing(target)}`,
          owner,
          path,
        );
        return;
      }
      const type = resources[target]?.Type;
      if (kind === 'GetAtt' && type && !checkAttribute(type, reference.attribute ?? '')) {
        report.error(`${type} ${target} has no attribute ${reference.attribute}`, owner, path);
      }
    };

    for (const [id, resource] of Object.entries(resources)) {
      edges.set(id, new Set());
      for (const section of ['Properties', 'UpdatePolicy', 'CreationPolicy'] as const) {
        for (const reference of collectReferences(resource[section], section)) check(reference, id, false);
      }
      if (typeof resource.Condition === 'string' && !conditions.has(resource.Condition)) {
        report.error(`condition ${resource.Condition} is not defined`, id, 'Condition');
      }
      for (const target of asList(resource.DependsOn)) {
        const name = String(target);
        if (name === id) report.error('a resource cannot depend on itself', id, 'DependsOn');
        else if (!isResource(name))
          report.error(`DependsOn names an undefined resource ${missing(name)}`, id, 'DependsOn');
        else if (name in resources) edges.get(id)?.add(name);
      }
    }
    for (const [section, values] of Object.entries(body.Globals ?? {})) {
      for (const reference of collectReferences(values, `Globals.${section}`)) check(reference, 'Globals', false);
    }
    for (const [id, output] of Object.entries(body.Outputs ?? {})) {
      for (const section of ['Value', 'Export'] as const) {
        for (const reference of collectReferences(output[section], section)) check(reference, `Outputs.${id}`, false);
      }
      const condition = output.Condition;
      if (typeof condition === 'string' && !conditions.has(condition)) {
        report.error(`condition ${condition} is not defined`, `Outputs.${id}`, 'Condition');
      }
    }
    for (const [id, condition] of Object.entries(body.Conditions ?? {})) {
      for (const reference of collectReferences(condition, '')) check(reference, `Conditions.${id}`, true);
    }
    checkCycles(edges, report);
    for (const name of parameters) {
      if (!used.has(name)) report.warning(`parameter ${name} is never used`, `Parameters.${name}`);
    }
    return report.findings;
  },
};
