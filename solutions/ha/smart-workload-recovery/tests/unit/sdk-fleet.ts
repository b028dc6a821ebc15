/** Test helpers: the SDK fleet on mocked clients, with a small in-test incident table behind the DynamoDB mock. */
import { CloudWatchClient, DeleteAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  DescribeSubnetsCommand,
  EC2Client,
  ModifyInstanceAttributeCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  DeregisterTargetsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createSdkFleet } from '@fsxn-s3ap/shared/fleet';
import { mockClient } from 'aws-sdk-client-mock';
import type { RecoveryConfig } from '../../src/config';
import type { StepContext } from '../../src/domain/step-context';

export const ec2 = mockClient(EC2Client);
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

const instance = (id: string, state: string, zone: string) => ({
  InstanceId: id,
  State: { Name: state as never },
  VpcId: CONFIG.vpcId,
  SubnetId: zone === 'us-east-1a' ? 'subnet-a' : 'subnet-c',
  Placement: { AvailabilityZone: zone },
  ImageId: 'ami-1',
  InstanceType: 'm6i.large' as never,
  KeyName: 'ops',
  SecurityGroups: [{ GroupId: 'sg-app' }],
  Tags: [
    { Key: 'cluster.node.id', Value: '7' },
    { Key: 'aws:cloudformation:stack-name', Value: 's' },
  ],
  IamInstanceProfile: { Arn: 'arn:aws:iam::111122223333:instance-profile/node' },
});

/** Mocks answering like AWS for a healthy recovery of OLD into NEW; `table` is the incident table's content. */
export function mockHappyFleet(table: Map<string, Record<string, unknown>>): void {
  for (const mock of [ec2, elb, cloudWatch, documents]) mock.reset();
  ec2
    .on(DescribeInstancesCommand, { InstanceIds: [OLD] })
    .resolves({ Reservations: [{ Instances: [instance(OLD, 'running', 'us-east-1a')] }] });
  ec2
    .on(DescribeInstancesCommand, { InstanceIds: [NEW] })
    .resolves({ Reservations: [{ Instances: [instance(NEW, 'running', 'us-east-1c')] }] });
  ec2.on(DescribeInstanceAttributeCommand).resolves({ UserData: { Value: 'c2VjcmV0' } });
  ec2.on(DescribeSubnetsCommand).resolves({
    Subnets: [
      { SubnetId: 'subnet-a', VpcId: CONFIG.vpcId, AvailabilityZone: 'us-east-1a' },
      { SubnetId: 'subnet-c', VpcId: CONFIG.vpcId, AvailabilityZone: 'us-east-1c' },
    ],
  });
  ec2.on(ModifyInstanceAttributeCommand).resolves({});
  ec2.on(TerminateInstancesCommand).resolves({});
  ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: NEW }] });
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

/** A step context on the SDK fleet with the mocked clients. */
export function sdkContext(): StepContext {
  const fleet = createSdkFleet({
    incidentTableName: CONFIG.incidentTableName,
    ec2: new EC2Client({}),
    elbv2: new ElasticLoadBalancingV2Client({}),
    cloudWatch: new CloudWatchClient({}),
    dynamodb: new DynamoDBClient({}),
  });
  return { fleet, config: CONFIG, now: () => new Date('2026-06-21T02:15:00Z') };
}
