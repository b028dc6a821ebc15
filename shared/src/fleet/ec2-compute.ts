/** The EC2 adapter of {@link FleetCompute}. */
import {
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  DescribeSubnetsCommand,
  EC2Client,
  type Filter,
  type Instance,
  ModifyInstanceAttributeCommand,
  RunInstancesCommand,
  type Tag,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { createAwsClient } from '../observability/aws-client';
import { callFleet, FleetOperationError, InstanceNotFoundError } from './errors';
import type { FleetCompute } from './ports';
import type { InstanceDetails, LaunchSpec, SubnetSummary } from './types';

/** Tags as a plain map; EC2 tags without a key are dropped. */
export function tagMap(tags: readonly Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) out[tag.Key] = tag.Value ?? '';
  return out;
}

function toDetails(instance: Instance): InstanceDetails {
  const details: InstanceDetails = {
    instanceId: instance.InstanceId ?? '',
    state: instance.State?.Name ?? 'unknown',
    securityGroupIds: (instance.SecurityGroups ?? []).flatMap((group) => (group.GroupId ? [group.GroupId] : [])),
    tags: tagMap(instance.Tags),
  };
  const optional: [keyof InstanceDetails, string | undefined][] = [
    ['vpcId', instance.VpcId],
    ['subnetId', instance.SubnetId],
    ['availabilityZone', instance.Placement?.AvailabilityZone],
    ['imageId', instance.ImageId],
    ['instanceType', instance.InstanceType],
    ['keyName', instance.KeyName],
    ['iamInstanceProfileArn', instance.IamInstanceProfile?.Arn],
  ];
  for (const [key, value] of optional) if (value !== undefined) Object.assign(details, { [key]: value });
  return details;
}

/** A {@link FleetCompute} calling EC2 with `client`. */
export class Ec2FleetCompute implements FleetCompute {
  constructor(private readonly client: EC2Client = createAwsClient(EC2Client, {})) {}

  async describeInstance(instanceId: string): Promise<InstanceDetails> {
    const output = await callFleet('DescribeInstances', instanceId, () =>
      this.client.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] })),
    );
    const instance = output.Reservations?.flatMap((reservation) => reservation.Instances ?? [])[0];
    if (instance === undefined) throw new InstanceNotFoundError(`DescribeInstances: ${instanceId} does not exist`);
    return toDetails(instance);
  }

  async findInstances(filter: {
    vpcId: string;
    tagKey: string;
    states?: readonly string[];
  }): Promise<InstanceDetails[]> {
    const filters: Filter[] = [
      { Name: 'vpc-id', Values: [filter.vpcId] },
      { Name: 'tag-key', Values: [filter.tagKey] },
    ];
    if (filter.states !== undefined) filters.push({ Name: 'instance-state-name', Values: [...filter.states] });
    const found: InstanceDetails[] = [];
    let token: string | undefined;
    do {
      const output = await callFleet('DescribeInstances', `VPC ${filter.vpcId}`, () =>
        this.client.send(new DescribeInstancesCommand({ Filters: filters, NextToken: token })),
      );
      for (const reservation of output.Reservations ?? []) found.push(...(reservation.Instances ?? []).map(toDetails));
      token = output.NextToken;
    } while (token !== undefined);
    return found;
  }

  async getUserData(instanceId: string): Promise<string | undefined> {
    const output = await callFleet('DescribeInstanceAttribute', instanceId, () =>
      this.client.send(new DescribeInstanceAttributeCommand({ InstanceId: instanceId, Attribute: 'userData' })),
    );
    const value = output.UserData?.Value;
    return value === undefined || value === '' ? undefined : value;
  }

  async setSecurityGroups(instanceId: string, groupIds: readonly string[]): Promise<void> {
    await callFleet('ModifyInstanceAttribute', instanceId, () =>
      this.client.send(new ModifyInstanceAttributeCommand({ InstanceId: instanceId, Groups: [...groupIds] })),
    );
  }

  async terminateInstance(instanceId: string): Promise<void> {
    await callFleet('TerminateInstances', instanceId, () =>
      this.client.send(new TerminateInstancesCommand({ InstanceIds: [instanceId] })),
    );
  }

  async findSubnets(filter: { vpcId: string; tagKey: string; tagValue?: string }): Promise<SubnetSummary[]> {
    const tagFilter: Filter =
      filter.tagValue === undefined
        ? { Name: 'tag-key', Values: [filter.tagKey] }
        : { Name: `tag:${filter.tagKey}`, Values: [filter.tagValue] };
    const output = await callFleet('DescribeSubnets', `VPC ${filter.vpcId}`, () =>
      this.client.send(
        new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [filter.vpcId] }, tagFilter] }),
      ),
    );
    return (output.Subnets ?? []).map((subnet) => ({
      subnetId: subnet.SubnetId ?? '',
      vpcId: subnet.VpcId ?? filter.vpcId,
      availabilityZone: subnet.AvailabilityZone ?? '',
      tags: tagMap(subnet.Tags),
    }));
  }

  async launchInstance(spec: LaunchSpec): Promise<string> {
    const tags = Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value }));
    const output = await callFleet('RunInstances', `subnet ${spec.subnetId}`, () =>
      this.client.send(
        new RunInstancesCommand({
          ImageId: spec.imageId,
          InstanceType: spec.instanceType as never,
          MinCount: 1,
          MaxCount: 1,
          SubnetId: spec.subnetId,
          SecurityGroupIds: [...spec.securityGroupIds],
          KeyName: spec.keyName,
          IamInstanceProfile:
            spec.iamInstanceProfileArn === undefined ? undefined : { Arn: spec.iamInstanceProfileArn },
          UserData: spec.userData,
          ClientToken: spec.clientToken,
          TagSpecifications: [
            { ResourceType: 'instance', Tags: tags },
            { ResourceType: 'volume', Tags: tags },
          ],
        }),
      ),
    );
    const instanceId = output.Instances?.[0]?.InstanceId;
    if (instanceId === undefined) throw new FleetOperationError('RunInstances returned no instance');
    return instanceId;
  }
}
