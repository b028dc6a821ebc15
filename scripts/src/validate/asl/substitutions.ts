import type { CfnResource, CfnValue } from '../../template';
import { getAttTarget, intrinsicName, isRecord } from '../support/values';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

function arn(service: string, resource: string): string {
  return `arn:aws:${service}:${REGION}:${ACCOUNT}:${resource}`;
}

function byType(type: string | undefined, id: string, attribute: string | undefined): string | undefined {
  const name = id.toLowerCase();
  switch (type) {
    case 'AWS::Serverless::Function':
    case 'AWS::Lambda::Function':
      return attribute === undefined || attribute === 'Arn' ? arn('lambda', `function:${name}`) : undefined;
    case 'AWS::Serverless::StateMachine':
    case 'AWS::StepFunctions::StateMachine':
      return attribute === 'Name' ? name : arn('states', `stateMachine:${name}`);
    case 'AWS::SNS::Topic':
      return attribute === undefined || attribute === 'TopicArn' ? arn('sns', name) : name;
    case 'AWS::SQS::Queue':
      return attribute === 'Arn' ? arn('sqs', name) : `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${name}`;
    case 'AWS::DynamoDB::Table':
    case 'AWS::Serverless::SimpleTable':
      return attribute === 'Arn' ? arn('dynamodb', `table/${name}`) : name;
    case 'AWS::Events::EventBus':
      return attribute === 'Arn' ? arn('events', `event-bus/${name}`) : name;
    default:
      return undefined;
  }
}

function byName(key: string): string {
  const name = key.toLowerCase();
  if (/FunctionArn$/.test(key)) return arn('lambda', `function:${name}`);
  if (/StateMachineArn$/.test(key)) return arn('states', `stateMachine:${name}`);
  if (/TopicArn$/.test(key)) return arn('sns', name);
  if (/QueueUrl$/.test(key)) return `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${name}`;
  if (/QueueArn$/.test(key)) return arn('sqs', name);
  if (/TableArn$/.test(key)) return arn('dynamodb', `table/${name}`);
  if (/Arn$/.test(key)) return arn('iam', `role/${name}`);
  return name;
}

/**
 * A plausible value for a DefinitionSubstitution, so the substituted definition can be validated:
 * an ARN of the right service for a function or state machine, a URL for a queue, a name otherwise.
 */
export function dummySubstitution(key: string, value: CfnValue, resources: Record<string, CfnResource>): string {
  const fn = intrinsicName(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value) && fn === 'Fn::If' && Array.isArray(value[fn])) {
    const [, whenTrue, whenFalse] = value[fn];
    const chosen = intrinsicName(whenTrue) === 'Ref' && isRecord(whenTrue) && whenTrue.Ref === 'AWS::NoValue';
    return dummySubstitution(key, (chosen ? whenFalse : whenTrue) ?? null, resources);
  }
  if (isRecord(value) && fn === 'Ref' && typeof value.Ref === 'string') {
    return byType(resources[value.Ref]?.Type, value.Ref, undefined) ?? byName(key);
  }
  if (isRecord(value) && fn === 'Fn::GetAtt') {
    const target = getAttTarget(value[fn]);
    if (target) return byType(resources[target[0]]?.Type, target[0], target[1]) ?? byName(key);
  }
  return byName(key);
}

/** Replaces every `${Name}` in the definition text with its value, escaped for a JSON string. */
export function substitute(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
    const value = values.get(name.trim());
    return value === undefined ? whole : JSON.stringify(value).slice(1, -1);
  });
}

/** The `${Name}` placeholders a definition text uses. */
export function definitionPlaceholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\$\{([^}]+)\}/g)].map((match) => (match[1] ?? '').trim()));
}
