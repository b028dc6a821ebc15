import type { CfnValue } from '../../template';
import { isCustomResourceType, resourceSpec, SAM_GLOBALS, SAM_RESOURCE_ATTRIBUTES } from '../support/spec';
import { intrinsicName, isRecord } from '../support/values';
import { createReporter, type Reporter, type Rule } from '../types';

const RESOURCE_ATTRIBUTES = new Set([
  'Type',
  'Properties',
  'Metadata',
  'Condition',
  'DependsOn',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'UpdatePolicy',
  'CreationPolicy',
]);

function checkProperties(
  report: Reporter,
  type: string,
  properties: Record<string, unknown>,
  owner: string,
  pathPrefix: string,
): void {
  const spec = resourceSpec(type);
  if (!spec) return;
  for (const name of Object.keys(properties)) {
    if (!spec.properties.has(name)) {
      report.error(`${type} has no property ${name}`, owner, `${pathPrefix}${name}`);
    }
  }
}

function checkGlobals(report: Reporter, globals: Record<string, CfnValue>): void {
  for (const [section, values] of Object.entries(globals)) {
    const type = SAM_GLOBALS[section];
    if (!type) {
      report.error(`Globals has no section ${section} (known: ${Object.keys(SAM_GLOBALS).join(', ')})`, 'Globals');
    } else if (isRecord(values)) {
      checkProperties(report, type, values, 'Globals', `Globals.${section}.`);
    }
  }
}

/** Resource types, their property names and resource attributes are known to CloudFormation or SAM. */
export const resourceTypesRule: Rule = {
  id: 'resource-types',
  summary: 'resource types, property names and resource attributes are known to CloudFormation or SAM',
  check(context) {
    const { body, file } = context.template;
    const report = createReporter('resource-types', file);
    for (const [id, resource] of Object.entries(body.Resources)) {
      if (typeof resource !== 'object' || resource === null || typeof resource.Type !== 'string') {
        report.error('resource has no Type', id);
        continue;
      }
      const type = resource.Type;
      for (const attribute of Object.keys(resource)) {
        const samOnly = context.isSam && SAM_RESOURCE_ATTRIBUTES.has(attribute);
        if (!RESOURCE_ATTRIBUTES.has(attribute) && !samOnly) {
          report.error(`unknown resource attribute ${attribute}`, id, attribute);
        }
      }
      if (isCustomResourceType(type)) continue;
      if (type.startsWith('AWS::Serverless::') && !context.isSam) {
        report.error(`${type} needs Transform: AWS::Serverless-2016-10-31`, id, 'Type');
      }
      if (!resourceSpec(type)) {
        report.error(`unknown resource type ${type}`, id, 'Type');
        continue;
      }
      const properties = resource.Properties;
      if (properties === undefined || intrinsicName(properties) !== undefined) continue;
      if (!isRecord(properties)) {
        report.error('Properties must be a mapping', id, 'Properties');
        continue;
      }
      checkProperties(report, type, properties, id, 'Properties.');
    }
    if (isRecord(body.Globals)) checkGlobals(report, body.Globals);
    return report.findings;
  },
};
