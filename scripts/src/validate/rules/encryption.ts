import { asRecord, type CfnMap } from '../support/values';
import { createReporter, type Rule, type Severity } from '../types';

const BLOCK_ALL = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'];

const isTrue = (value: unknown) => value === true || value === 'true';

/** Each check returns the problem with a resource's properties, or undefined when it is encrypted. */
const CHECKS: Readonly<Record<string, (properties: CfnMap) => string | undefined>> = {
  'AWS::S3::Bucket': (p) => {
    if (p.BucketEncryption === undefined) return 'bucket has no BucketEncryption';
    const block = asRecord(p.PublicAccessBlockConfiguration);
    const open = BLOCK_ALL.filter((key) => !isTrue(block[key]));
    return open.length > 0 ? `PublicAccessBlockConfiguration does not set ${open.join(', ')} to true` : undefined;
  },
  'AWS::SNS::Topic': (p) => (p.KmsMasterKeyId === undefined ? 'topic has no KmsMasterKeyId' : undefined),
  'AWS::SQS::Queue': (p) =>
    p.KmsMasterKeyId === undefined && !isTrue(p.SqsManagedSseEnabled)
      ? 'queue has neither KmsMasterKeyId nor SqsManagedSseEnabled: true'
      : undefined,
  'AWS::DynamoDB::Table': (p) =>
    isTrue(asRecord(p.SSESpecification).SSEEnabled) ? undefined : 'table has no SSESpecification.SSEEnabled: true',
  'AWS::Serverless::SimpleTable': (p) =>
    isTrue(asRecord(p.SSESpecification).SSEEnabled) ? undefined : 'table has no SSESpecification.SSEEnabled: true',
  'AWS::Kinesis::Stream': (p) => (p.StreamEncryption === undefined ? 'stream has no StreamEncryption' : undefined),
};

/** Data at rest is encrypted and buckets block public access: an error in patterns, a warning elsewhere. */
export const encryptionRule: Rule = {
  id: 'encryption',
  summary: 'S3/SNS/SQS/DynamoDB/Kinesis encrypted at rest, buckets block public access (error in SAM patterns)',
  check(context) {
    const { template } = context;
    const report = createReporter('encryption', template.file);
    const severity: Severity = context.isSam ? 'error' : 'warning';
    for (const [id, resource] of Object.entries(template.body.Resources)) {
      const problem = CHECKS[resource.Type]?.(asRecord(resource.Properties));
      if (problem) report.add(severity, problem, id, 'Properties');
    }
    return report.findings;
  },
};
