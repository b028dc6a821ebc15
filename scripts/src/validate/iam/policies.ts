import type { CfnResource, CfnValue } from '../../template';
import { asList, asRecord, type CfnMap, intrinsicName, isRecord } from '../support/values';

/** One policy statement and where it sits. */
export interface PolicyStatement {
  statement: CfnMap;
  path: string;
}

/** The policies of one resource: statements, SAM policy templates, and whether it is a KMS key policy. */
export interface PolicyGroup {
  resource: string;
  statements: PolicyStatement[];
  samTemplates: { name: string; args: CfnValue; path: string }[];
  keyPolicy: boolean;
}

const DOCUMENT_PROPERTY: Readonly<Record<string, string>> = {
  'AWS::IAM::Policy': 'PolicyDocument',
  'AWS::IAM::ManagedPolicy': 'PolicyDocument',
  'AWS::IAM::RolePolicy': 'PolicyDocument',
  'AWS::IAM::UserPolicy': 'PolicyDocument',
  'AWS::IAM::GroupPolicy': 'PolicyDocument',
  'AWS::S3::AccessPoint': 'Policy',
  'AWS::S3::BucketPolicy': 'PolicyDocument',
  'AWS::SNS::TopicPolicy': 'PolicyDocument',
  'AWS::SQS::QueuePolicy': 'PolicyDocument',
  'AWS::KMS::Key': 'KeyPolicy',
};

/** Both branches of a `Fn::If` (without `AWS::NoValue`), or the value itself. */
function branches(value: CfnValue): CfnValue[] {
  const fn = intrinsicName(value);
  if (fn !== 'Fn::If' || !isRecord(value) || !Array.isArray(value[fn])) return [value];
  return value[fn].slice(1).flatMap((branch) => {
    const noValue = isRecord(branch) && branch.Ref === 'AWS::NoValue';
    return noValue ? [] : branches(branch);
  });
}

function addDocument(group: PolicyGroup, document: CfnValue | undefined, path: string): void {
  for (const doc of branches(document ?? null)) {
    asList(asRecord(doc).Statement).forEach((item, index) => {
      for (const statement of branches(item)) {
        if (isRecord(statement)) group.statements.push({ statement, path: `${path}.Statement[${index}]` });
      }
    });
  }
}

function addSamPolicies(group: PolicyGroup, policies: CfnValue | undefined): void {
  asList(policies).forEach((policy, index) => {
    const path = `Properties.Policies[${index}]`;
    for (const entry of branches(policy)) {
      if (!isRecord(entry)) continue; // a managed policy name or ARN
      if ('Statement' in entry) addDocument(group, entry, path);
      else if (intrinsicName(entry) === undefined) {
        for (const [name, args] of Object.entries(entry)) group.samTemplates.push({ name, args, path });
      }
    }
  });
}

/** Every policy a resource declares: IAM documents, resource policies, key policies and SAM `Policies`. */
export function collectPolicies(resources: Record<string, CfnResource>): PolicyGroup[] {
  const groups: PolicyGroup[] = [];
  for (const [id, resource] of Object.entries(resources)) {
    const properties = asRecord(resource.Properties);
    const group: PolicyGroup = { resource: id, statements: [], samTemplates: [], keyPolicy: false };
    const property = DOCUMENT_PROPERTY[resource.Type];
    if (property) addDocument(group, properties[property], `Properties.${property}`);
    group.keyPolicy = resource.Type === 'AWS::KMS::Key';
    if (resource.Type === 'AWS::IAM::Role') {
      addDocument(group, properties.AssumeRolePolicyDocument, 'Properties.AssumeRolePolicyDocument');
      asList(properties.Policies).forEach((policy, index) => {
        for (const entry of branches(policy)) {
          addDocument(group, asRecord(entry).PolicyDocument, `Properties.Policies[${index}].PolicyDocument`);
        }
      });
    }
    if (resource.Type === 'AWS::Serverless::Function' || resource.Type === 'AWS::Serverless::StateMachine') {
      addSamPolicies(group, properties.Policies);
    }
    if (group.statements.length > 0 || group.samTemplates.length > 0) groups.push(group);
  }
  return groups;
}
