/**
 * Test helpers: the SDK fleet on mocked SDK clients and the kernel's fake EC2 endpoint, with a small in-test
 * incident table behind the DynamoDB mock.
 */
import { CloudWatchClient, DeleteAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeregisterTargetsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createSdkFleet } from '@fsxn-s3ap/shared/fleet';
import { createEc2Fake, type Ec2Answer, Ec2Fault, type Ec2Shape } from '@fsxn-s3ap/shared/testing';
import { mockClient } from 'aws-sdk-client-mock';
import type { RecoveryConfig } from '../../src/config';
import type { StepContext } from '../../src/domain/step-context';

export const ec2 = createEc2Fake();
export const elb = mockClient(ElasticLoadBalancingV2Client);
export const cloudWatch = mockClient(CloudWatchClient);
export const documents = mockClient(DynamoDBDocumentClient);

export const TG = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/app/1';
export const OLD = 'i-0aaaaaaaaaaaaaaa1';
export const NEW = 'i-0bbbbbbbbbbbbbbb2';

export const CONFIG: RecoveryConfig = {
  vpcId: 'vpc-0123456789abcdef0',
  clusterNodeTagKey: 'cluster.node.id',
  subnetTagKey: 'standby',
  subnetTagValue: 'true',
  blackholeSecurityGroupId: 'sg-0b1ac0401e0000001',
  targetGroupArns: [TG],
  alarmNamePrefix: 'swr',
  appFault: {
    namespace: 'CWAgent',
    metricName: 'procstat_lookup_pid_count',
    dimensions: {},
    comparison: 'LessThanThreshold',
    threshold: 1,
  },
  pollIntervalSeconds: 15,
  maxPollAttempts: 3,
  incidentTableName: 'incidents',
};

/** An instance as DescribeInstances writes it. */
export const instance = (id: string, state: string, zone: string) => ({
  instanceId: id,
  instanceState: { name: state },
  vpcId: CONFIG.vpcId,
  subnetId: zone === 'us-east-1a' ? 'subnet-a' : 'subnet-c',
  placement: { availabilityZone: zone },
  imageId: 'ami-1',
  instanceType: 'm6i.large',
  keyName: 'ops',
  groupSet: [{ groupId: 'sg-app' }],
  tagSet: [
    { key: 'cluster.node.id', value: '7' },
    { key: 'aws:cloudformation:stack-name', value: 's' },
  ],
  iamInstanceProfile: { arn: 'arn:aws:iam::111122223333:instance-profile/node' },
});

const described = new Map<string, Ec2Shape | Ec2Fault>();

/** What DescribeInstances answers for `id` from now on: an instance, or a fault. */
export function answerInstance(id: string, answer: Ec2Shape | Ec2Fault): void {
  described.set(id, answer);
}

/** `action` answers with the EC2 error `code` from now on. */
export function failEc2(action: string, code: string, status = 400): void {
  ec2.on(action, () => new Ec2Fault(code, `${code} injected`, status));
}

function describeInstances(params: Record<string, string>): Ec2Answer {
  const id = params['InstanceId.1'] ?? '';
  const answer = described.get(id);
  if (answer instanceof Ec2Fault) return answer;
  if (answer === undefined) return new Ec2Fault('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`);
  return { reservationSet: [{ instancesSet: [answer] }] };
}

/** Mocks answering like AWS for a healthy recovery of OLD into NEW; `table` is the incident table's content. */
export function mockHappyFleet(table: Map<string, Record<string, unknown>>): void {
  for (const mock of [elb, cloudWatch, documents]) mock.reset();
  ec2.reset();
  described.clear();
  answerInstance(OLD, instance(OLD, 'running', 'us-east-1a'));
  answerInstance(NEW, instance(NEW, 'running', 'us-east-1c'));
  ec2.on('DescribeInstances', describeInstances);
  ec2.on('DescribeInstanceAttribute', () => ({ userData: { value: 'c2VjcmV0' } }));
  ec2.on('DescribeSubnets', () => ({
    subnetSet: [
      { subnetId: 'subnet-a', vpcId: CONFIG.vpcId, availabilityZone: 'us-east-1a' },
      { subnetId: 'subnet-c', vpcId: CONFIG.vpcId, availabilityZone: 'us-east-1c' },
    ],
  }));
  ec2.on('ModifyInstanceAttribute', () => ({ return: true }));
  ec2.on('TerminateInstances', () => ({ instancesSet: [] }));
  ec2.on('RunInstances', () => ({ instancesSet: [{ instanceId: NEW }] }));
  elb.on(DescribeTargetHealthCommand).resolves({ TargetHealthDescriptions: [{ Target: { Id: OLD, Port: 8080 } }] });
  elb.on(RegisterTargetsCommand).resolves({});
  elb.on(DeregisterTargetsCommand).resolves({});
  cloudWatch.on(PutMetricAlarmCommand).resolves({});
  cloudWatch.on(DeleteAlarmsCommand).resolves({});
  documents.on(PutCommand).callsFake((input: { Item: Record<string, unknown> }) => {
    const id = String(input.Item.incidentId);
    if (table.has(id)) throw Object.assign(new Error('exists'), { name: 'ConditionalCheckFailedException' });
    table.set(id, { ...input.Item });
    return {};
  });
  documents
    .on(GetCommand)
    .callsFake((input: { Key: { incidentId: string } }) => ({ Item: table.get(input.Key.incidentId) }));
  documents
    .on(UpdateCommand)
    .callsFake(
      (input: {
        Key: { incidentId: string };
        ExpressionAttributeNames: Record<string, string>;
        ExpressionAttributeValues: Record<string, unknown>;
      }) => {
        const item = table.get(input.Key.incidentId);
        if (!item) throw Object.assign(new Error('missing'), { name: 'ConditionalCheckFailedException' });
        for (const [alias, name] of Object.entries(input.ExpressionAttributeNames)) {
          item[name] = input.ExpressionAttributeValues[alias.replace('#a', ':v')];
        }
        return { Attributes: { ...item } };
      },
    );
}

/** A step context on the SDK fleet with the mocked clients and the fake EC2. */
export function sdkContext(): StepContext {
  const fleet = createSdkFleet({
    incidentTableName: CONFIG.incidentTableName,
    ec2: ec2.client,
    elbv2: new ElasticLoadBalancingV2Client({}),
    cloudWatch: new CloudWatchClient({}),
    dynamodb: new DynamoDBClient({}),
  });
  return { fleet, config: CONFIG, now: () => new Date('2026-06-21T02:15:00Z') };
}
