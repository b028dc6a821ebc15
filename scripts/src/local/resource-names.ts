import type { CfnResource, Template } from '../template';
import { type IntrinsicScope, type LocalResource, resolveString } from './intrinsics';
import { LOCAL_ACCOUNT, LOCAL_REGION } from './parameters';

/** A resource of the local stack with its CloudFormation type, local name and the template's properties. */
export interface StackResource extends LocalResource {
  logicalId: string;
  name: string;
  resource: CfnResource;
}

const REGION_ACCOUNT = `${LOCAL_REGION}:${LOCAL_ACCOUNT}`;

/** Property holding an explicit physical name, per resource type. */
const NAME_PROPERTY: Record<string, string> = {
  'AWS::S3::Bucket': 'BucketName',
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::Kinesis::Stream': 'Name',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::Serverless::Function': 'FunctionName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::Serverless::StateMachine': 'Name',
  'AWS::StepFunctions::StateMachine': 'StateMachineName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::Events::Rule': 'Name',
  'AWS::Events::EventBus': 'Name',
  'AWS::IAM::Role': 'RoleName',
};

/** A generated physical name: `<stack>-<logicalId>`, lower-cased and cut to 63 characters for buckets. */
export function generatedName(stackName: string, logicalId: string, type: string): string {
  const raw = `${stackName}-${logicalId}`;
  if (type !== 'AWS::S3::Bucket') return raw.slice(0, 64);
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, 63)
    .replace(/-+$/, '');
}

function localNames(type: string, name: string, sqsEndpoint: string): LocalResource {
  switch (type) {
    case 'AWS::S3::Bucket':
      return {
        type,
        ref: name,
        attributes: {
          Arn: `arn:aws:s3:::${name}`,
          DomainName: `${name}.s3.amazonaws.com`,
          RegionalDomainName: `${name}.s3.${LOCAL_REGION}.amazonaws.com`,
        },
      };
    case 'AWS::DynamoDB::Table': {
      const arn = `arn:aws:dynamodb:${REGION_ACCOUNT}:table/${name}`;
      return { type, ref: name, attributes: { Arn: arn, StreamArn: `${arn}/stream/local` } };
    }
    case 'AWS::Kinesis::Stream':
      return { type, ref: name, attributes: { Arn: `arn:aws:kinesis:${REGION_ACCOUNT}:stream/${name}` } };
    case 'AWS::SQS::Queue':
      return {
        type,
        ref: `${sqsEndpoint}/${LOCAL_ACCOUNT}/${name}`,
        attributes: { Arn: `arn:aws:sqs:${REGION_ACCOUNT}:${name}`, QueueName: name, QueueUrl: '' },
      };
    case 'AWS::SNS::Topic': {
      const arn = `arn:aws:sns:${REGION_ACCOUNT}:${name}`;
      return { type, ref: arn, attributes: { TopicArn: arn, TopicName: name } };
    }
    case 'AWS::Serverless::Function':
    case 'AWS::Lambda::Function':
      return { type, ref: name, attributes: { Arn: `arn:aws:lambda:${REGION_ACCOUNT}:function:${name}` } };
    case 'AWS::Serverless::StateMachine':
    case 'AWS::StepFunctions::StateMachine': {
      const arn = `arn:aws:states:${REGION_ACCOUNT}:stateMachine:${name}`;
      return { type, ref: arn, attributes: { Arn: arn, Name: name } };
    }
    case 'AWS::Logs::LogGroup':
      return { type, ref: name, attributes: { Arn: `arn:aws:logs:${REGION_ACCOUNT}:log-group:${name}:*` } };
    case 'AWS::IAM::Role':
      return { type, ref: name, attributes: { Arn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/${name}`, RoleId: name } };
    case 'AWS::Events::EventBus':
      return { type, ref: name, attributes: { Arn: `arn:aws:events:${REGION_ACCOUNT}:event-bus/${name}`, Name: name } };
    case 'AWS::Events::Rule':
      return { type, ref: name, attributes: { Arn: `arn:aws:events:${REGION_ACCOUNT}:rule/${name}` } };
    default:
      return { type, ref: name, attributes: { Arn: `arn:aws:local:${REGION_ACCOUNT}:${type}/${name}` } };
  }
}

function explicitName(resource: CfnResource, scope: IntrinsicScope): string | undefined {
  const property = NAME_PROPERTY[resource.Type];
  const value = property ? resource.Properties?.[property] : undefined;
  if (value === undefined) return undefined;
  const name = resolveString(value, scope);
  return name === '' ? undefined : name;
}

/**
 * Names every resource whose Condition holds the way the local stack will create it, plus the roles SAM adds for
 * functions and state machines. Explicit names (BucketName, TableName, ...) are resolved; others are generated.
 */
export function nameResources(template: Template, stackName: string, scope: IntrinsicScope, sqsEndpoint = '') {
  const out: Record<string, StackResource> = {};
  for (const [logicalId, resource] of Object.entries(template.body.Resources)) {
    if (resource.Condition && scope.conditions[resource.Condition] === false) continue;
    const name = explicitName(resource, scope) ?? generatedName(stackName, logicalId, resource.Type);
    out[logicalId] = { logicalId, name, resource, ...localNames(resource.Type, name, sqsEndpoint) };
    if (resource.Type === 'AWS::Serverless::Function' || resource.Type === 'AWS::Serverless::StateMachine') {
      const roleId = `${logicalId}Role`;
      const roleName = generatedName(stackName, roleId, 'AWS::IAM::Role');
      const role: CfnResource = { Type: 'AWS::IAM::Role' };
      out[roleId] ??= { logicalId: roleId, name: roleName, resource: role, ...localNames(role.Type, roleName, '') };
    }
  }
  return out;
}
