import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CfnValue } from '../../template';
import { asList, asRecord, intrinsicName } from '../support/values';
import { createReporter, type Rule } from '../types';

/** Parameters every pattern declares, and those a pattern that reads an access point declares too. */
export const STANDARD_PARAMETERS = [
  'NotificationEmail',
  'VpcId',
  'PrivateSubnetIds',
  'LambdaMemorySize',
  'LambdaTimeout',
];
export const ACCESS_POINT_PARAMETERS = [
  'TriggerMode',
  'FPolicyEventBusName',
  'OutputDestination',
  'OutputS3APAlias',
  'OutputS3APName',
  'OutputS3APPrefix',
  'StorageRoleArn',
  'StorageRoleExternalId',
];
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  TriggerMode: ['EVENT_DRIVEN', 'HYBRID', 'POLLING'],
  OutputDestination: ['FSXN_S3AP', 'STANDARD_S3'],
};
/** Environment variables the kernel reads, and the parameter each must come from. */
const WIRED_ENV: Readonly<Record<string, string>> = {
  OUTPUT_DESTINATION: 'OutputDestination',
  STORAGE_ROLE_ARN: 'StorageRoleArn',
  STORAGE_ROLE_EXTERNAL_ID: 'StorageRoleExternalId',
};

const refersTo = (value: CfnValue | undefined, parameter: string): boolean =>
  JSON.stringify(value ?? null).includes(`{"Ref":"${parameter}"}`);

/**
 * The kit's standard options in every pattern template (a template with a `pattern.json` beside it): the parameters,
 * wired where the kernel reads them, a notification topic under a customer managed key (CloudWatch cannot publish to
 * the AWS managed one) and an action on every alarm.
 */
export const standardOptionsRule: Rule = {
  id: 'standard-options',
  summary:
    'patterns declare and wire TriggerMode, OutputDestination, NotificationEmail, VPC, storage role, memory/timeout',
  check({ source: template, isSam }) {
    const report = createReporter('standard-options', template.file);
    if (!isSam || !existsSync(path.join(path.dirname(template.file), 'pattern.json'))) return report.findings;
    const parameters = template.body.Parameters ?? {};
    const readsAccessPoint = 'S3AccessPointAlias' in parameters;
    const required = [...STANDARD_PARAMETERS, ...(readsAccessPoint ? ACCESS_POINT_PARAMETERS : [])];
    for (const name of required) {
      if (!(name in parameters))
        report.error(`standard option ${name} is not a parameter`, undefined, `Parameters.${name}`);
    }
    for (const [name, allowed] of Object.entries(ALLOWED)) {
      const values = asList(parameters[name]?.AllowedValues).map(String).sort();
      if (name in parameters && values.join(',') !== allowed.join(',')) {
        report.error(`${name} must allow exactly ${allowed.join(', ')}`, undefined, `Parameters.${name}.AllowedValues`);
      }
    }
    const globals = asRecord(template.body.Globals?.Function);
    if (!refersTo(globals.MemorySize, 'LambdaMemorySize') || !refersTo(globals.Timeout, 'LambdaTimeout')) {
      report.error('Globals.Function MemorySize and Timeout must be !Ref LambdaMemorySize and !Ref LambdaTimeout');
    }
    if (!refersTo(globals.VpcConfig, 'PrivateSubnetIds')) {
      report.error('Globals.Function.VpcConfig must place the functions in PrivateSubnetIds when VpcId is set');
    }
    const variables = asRecord(asRecord(globals.Environment).Variables);
    if (readsAccessPoint) {
      for (const [variable, parameter] of Object.entries(WIRED_ENV)) {
        if (!refersTo(variables[variable], parameter)) {
          report.error(`Globals.Function.Environment.Variables.${variable} must come from !Ref ${parameter}`);
        }
      }
    }
    for (const [id, resource] of Object.entries(template.body.Resources)) {
      const properties = asRecord(resource.Properties);
      if (resource.Type === 'AWS::SNS::Topic') {
        const key = properties.KmsMasterKeyId;
        if (typeof key === 'string' && key.startsWith('alias/aws/')) {
          report.error(
            'topic uses an AWS managed key: CloudWatch alarms cannot publish to it; use a customer managed key',
            id,
            'Properties.KmsMasterKeyId',
          );
        }
      }
      if (resource.Type === 'AWS::CloudWatch::Alarm') {
        const actions = properties.AlarmActions;
        if (
          actions === undefined ||
          (Array.isArray(actions) && actions.length === 0 && intrinsicName(actions) === undefined)
        ) {
          report.error('alarm has no AlarmActions: nobody is told when it fires', id, 'Properties.AlarmActions');
        }
      }
    }
    return report.findings;
  },
};
