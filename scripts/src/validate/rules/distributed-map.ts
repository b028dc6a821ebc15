import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mapMode } from '../asl/distributed-map';
import { collectPolicies, type PolicyGroup } from '../iam/policies';
import { asRecord, getAttTarget, renderTexts } from '../support/values';
import { createReporter, type Rule } from '../types';

type Json = Record<string, unknown>;

/** Actions the SAM policy templates grant that a Distributed Map needs. */
const SAM_TEMPLATE_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  S3ReadPolicy: ['s3:GetObject', 's3:ListBucket'],
  S3CrudPolicy: ['s3:GetObject', 's3:ListBucket', 's3:PutObject'],
  S3WritePolicy: ['s3:PutObject'],
  StepFunctionsExecutionPolicy: ['states:StartExecution'],
};

function distributedMaps(states: unknown, out: Json[] = []): Json[] {
  if (typeof states !== 'object' || states === null) return out;
  for (const state of Object.values(states as Json)) {
    if (typeof state !== 'object' || state === null) continue;
    const record = state as Json;
    if (record.Type === 'Map' && mapMode(record) === 'DISTRIBUTED') out.push(record);
    for (const inner of [
      record.ItemProcessor,
      record.Iterator,
      ...(Array.isArray(record.Branches) ? record.Branches : []),
    ])
      if (typeof inner === 'object' && inner !== null) distributedMaps((inner as Json).States, out);
  }
  return out;
}

function grants(groups: readonly PolicyGroup[], action: string): boolean {
  const matches = (pattern: string) =>
    pattern === action || (pattern.endsWith('*') && action.startsWith(pattern.slice(0, -1)));
  return groups.some(
    (group) =>
      group.statements.some(
        ({ statement }) => statement.Effect === 'Allow' && renderTexts(statement.Action).some(matches),
      ) || group.samTemplates.some((entry) => SAM_TEMPLATE_ACTIONS[entry.name]?.includes(action)),
  );
}

/** The actions a state machine's Distributed Maps need from its role. */
export function requiredActions(maps: readonly Json[]): Map<string, string> {
  const needed = new Map<string, string>();
  if (maps.length > 0) needed.set('states:StartExecution', 'its child executions (StartExecution on itself)');
  for (const map of maps) {
    const resource = String(asRecord((map.ItemReader ?? {}) as never).Resource ?? '');
    if (resource.endsWith(':s3:getObject')) needed.set('s3:GetObject', 'the ItemReader object');
    if (resource.endsWith(':s3:listObjectsV2')) needed.set('s3:ListBucket', 'the ItemReader listing');
    if (map.ResultWriter !== undefined) needed.set('s3:PutObject', 'the ResultWriter files');
  }
  return needed;
}

/** A state machine with a Distributed Map lets its role start its child executions, read the ItemReader source and write the ResultWriter files. */
export const distributedMapRule: Rule = {
  id: 'distributed-map',
  summary:
    'state machine roles grant what their Distributed Maps need: states:StartExecution, s3:GetObject, s3:PutObject',
  check(context) {
    const { template } = context;
    const report = createReporter('distributed-map', template.file);
    const groups = collectPolicies(template.body.Resources);
    for (const [id, resource] of Object.entries(template.body.Resources)) {
      const properties = asRecord(resource.Properties);
      const uri = properties.DefinitionUri;
      if (resource.Type !== 'AWS::Serverless::StateMachine' || typeof uri !== 'string') continue;
      const file = path.resolve(template.dir, uri);
      if (!existsSync(file)) continue;
      let definition: Json;
      try {
        definition = JSON.parse(readFileSync(file, 'utf8')) as Json;
      } catch {
        continue; // the asl rule reports it
      }
      const role = getAttTarget(properties.Role)?.[0];
      const mine = groups.filter((group) => group.resource === id || group.resource === role);
      for (const [action, why] of requiredActions(distributedMaps(definition.States))) {
        if (!grants(mine, action)) {
          report.error(
            `the role grants no ${action}, which a Distributed Map needs for ${why}`,
            id,
            'Properties.Policies',
          );
        }
      }
    }
    return report.findings;
  },
};
