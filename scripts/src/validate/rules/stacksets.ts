import path from 'node:path';
import { hardcodedValues } from '../support/literals';
import { asRecord, renderTexts, walk } from '../support/values';
import { type CfnValue, createReporter, type Rule, type Template } from '../types';

const PHYSICAL_NAMES = new Set([
  'AliasName',
  'BucketName',
  'ClusterName',
  'DeliveryStreamName',
  'FunctionName',
  'GroupName',
  'InstanceProfileName',
  'LayerName',
  'LogGroupName',
  'ManagedPolicyName',
  'QueueName',
  'RepositoryName',
  'RoleName',
  'ScheduleGroupName',
  'SecretName',
  'StateMachineName',
  'StreamName',
  'TableName',
  'TopicName',
  'UserName',
]);

/** StackSets with self-managed permissions look these roles up by name, so they keep it (literally or as a parameter's default). */
const REQUIRED_NAMES = new Set([
  'AWSCloudFormationStackSetAdministrationRole',
  'AWSCloudFormationStackSetExecutionRole',
]);

const UNIQUE_PART = /\$\{AWS::(AccountId|Region|StackName)\}/;

/** True for shared stacks meant for StackSets: named `stacksets-*` or declaring `Metadata.StackSetsCompatible`. */
export function isStackSetsTemplate(template: Template): boolean {
  const metadata = asRecord((template.body as { Metadata?: CfnValue }).Metadata);
  return path.basename(template.file).startsWith('stacksets-') || metadata.StackSetsCompatible === true;
}

/** A StackSets template deploys unchanged to many accounts and regions: no literals, no fixed physical names. */
export const stackSetsRule: Rule = {
  id: 'stacksets',
  summary: 'StackSets templates: no hard-coded account/region anywhere, physical names unique per account/region',
  check(context) {
    const { template } = context;
    const report = createReporter('stacksets', template.file);
    if (!isStackSetsTemplate(template)) return [];
    const { body } = template;
    for (const [name, definition] of Object.entries(body.Parameters ?? {})) {
      for (const literal of hardcodedValues(String(definition.Default ?? ''))) {
        report.error(`default has a hard-coded ${literal}; each target account differs`, `Parameters.${name}`);
      }
    }
    for (const [id, resource] of Object.entries(body.Resources)) {
      walk(resource.Properties, 'Properties', (item, itemPath) => {
        if (typeof item !== 'string') return;
        for (const literal of hardcodedValues(item)) report.error(`hard-coded ${literal}`, id, itemPath);
      });
      for (const [key, value] of Object.entries(asRecord(resource.Properties))) {
        if (!PHYSICAL_NAMES.has(key)) continue;
        const texts = renderTexts(value).map((text) => {
          const parameter = /^\$\{([A-Za-z0-9]+)\}$/.exec(text)?.[1];
          const fallback = parameter ? body.Parameters?.[parameter]?.Default : undefined;
          return typeof fallback === 'string' && REQUIRED_NAMES.has(fallback) ? fallback : text;
        });
        if (texts.length > 0 && texts.every((text) => REQUIRED_NAMES.has(text))) continue;
        if (texts.length === 0 || !texts.every((text) => UNIQUE_PART.test(text))) {
          report.error(
            `${key} is a fixed physical name: build it with !Sub and \${AWS::AccountId}, \${AWS::Region} or \${AWS::StackName}`,
            id,
            `Properties.${key}`,
          );
        }
      }
    }
    return report.findings;
  },
};
