import {
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  DescribeSubnetsCommand,
  EC2Client,
  ModifyInstanceAttributeCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { Ec2FleetCompute, InstanceNotFoundError } from '../../../src/fleet';

const ec2 = mockClient(EC2Client);

const INSTANCE = {
  InstanceId: 'i-0aaa',
  State: { Name: 'running' as const },
  VpcId: 'vpc-1',
  SubnetId: 'subnet-a',
  Placement: { AvailabilityZone: 'ap-northeast-1a' },
  ImageId: 'ami-1',
  InstanceType: 'm6i.large' as const,
  KeyName: 'ops',
  SecurityGroups: [{ GroupId: 'sg-app' }],
  Tags: [
    { Key: 'cluster.node.id', Value: '1' },
    { Key: 'Name', Value: 'node-1' },
  ],
  IamInstanceProfile: { Arn: 'arn:aws:iam::111122223333:instance-profile/node' },
};

describe('Ec2FleetCompute', () => {
  beforeEach(() => {
    ec2.reset();
  });

  it('maps an instance to its details', async () => {
    // Prepare
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [INSTANCE] }] });

    // Act
    const details = await new Ec2FleetCompute(new EC2Client({})).describeInstance('i-0aaa');

    // Assess
    expect(details).toEqual({
      instanceId: 'i-0aaa',
      state: 'running',
      vpcId: 'vpc-1',
      subnetId: 'subnet-a',
      availabilityZone: 'ap-northeast-1a',
      imageId: 'ami-1',
      instanceType: 'm6i.large',
      keyName: 'ops',
      securityGroupIds: ['sg-app'],
      tags: { 'cluster.node.id': '1', Name: 'node-1' },
      iamInstanceProfileArn: 'arn:aws:iam::111122223333:instance-profile/node',
    });
  });

  it('throws InstanceNotFoundError when EC2 returns no instance or an unknown id', async () => {
    // Prepare
    ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-none'] }).resolves({ Reservations: [] });
    const notFound = Object.assign(new Error('The instance ID does not exist'), { name: 'InvalidInstanceID.NotFound' });
    ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-gone'] }).rejects(notFound);
    const compute = new Ec2FleetCompute(new EC2Client({}));

    // Act / Assess
    await expect(compute.describeInstance('i-none')).rejects.toBeInstanceOf(InstanceNotFoundError);
    await expect(compute.describeInstance('i-gone')).rejects.toBeInstanceOf(InstanceNotFoundError);
  });

  it('pages through tagged instances of a VPC with state filters', async () => {
    // Prepare
    ec2
      .on(DescribeInstancesCommand)
      .resolvesOnce({ Reservations: [{ Instances: [INSTANCE] }], NextToken: 'next' })
      .resolvesOnce({ Reservations: [{ Instances: [{ ...INSTANCE, InstanceId: 'i-0bbb' }] }] });

    // Act
    const found = await new Ec2FleetCompute(new EC2Client({})).findInstances({
      vpcId: 'vpc-1',
      tagKey: 'cluster.node.id',
      states: ['running'],
    });

    // Assess
    expect(found.map((entry) => entry.instanceId)).toEqual(['i-0aaa', 'i-0bbb']);
    expect(ec2.commandCalls(DescribeInstancesCommand)[0]?.args[0].input).toEqual({
      Filters: [
        { Name: 'vpc-id', Values: ['vpc-1'] },
        { Name: 'tag-key', Values: ['cluster.node.id'] },
        { Name: 'instance-state-name', Values: ['running'] },
      ],
      NextToken: undefined,
    });
    expect(ec2.commandCalls(DescribeInstancesCommand)[1]?.args[0].input).toEqual(
      expect.objectContaining({ NextToken: 'next' }),
    );
  });

  it('returns user data, or undefined when the instance has none', async () => {
    // Prepare
    ec2
      .on(DescribeInstanceAttributeCommand, { InstanceId: 'i-a' })
      .resolves({ UserData: { Value: 'IyEvYmluL2Jhc2g=' } });
    ec2.on(DescribeInstanceAttributeCommand, { InstanceId: 'i-b' }).resolves({ UserData: {} });
    const compute = new Ec2FleetCompute(new EC2Client({}));

    // Act / Assess
    await expect(compute.getUserData('i-a')).resolves.toBe('IyEvYmluL2Jhc2g=');
    await expect(compute.getUserData('i-b')).resolves.toBeUndefined();
  });

  it('replaces the security groups and terminates by instance id', async () => {
    // Prepare
    ec2.on(ModifyInstanceAttributeCommand).resolves({});
    ec2.on(TerminateInstancesCommand).resolves({});
    const compute = new Ec2FleetCompute(new EC2Client({}));

    // Act
    await compute.setSecurityGroups('i-a', ['sg-blackhole']);
    await compute.terminateInstance('i-a');

    // Assess
    expect(ec2).toHaveReceivedCommandWith(ModifyInstanceAttributeCommand, {
      InstanceId: 'i-a',
      Groups: ['sg-blackhole'],
    });
    expect(ec2).toHaveReceivedCommandWith(TerminateInstancesCommand, { InstanceIds: ['i-a'] });
  });

  it('filters subnets by tag key, or by tag value when one is given', async () => {
    // Prepare
    ec2.on(DescribeSubnetsCommand).resolves({
      Subnets: [
        { SubnetId: 'subnet-c', VpcId: 'vpc-1', AvailabilityZone: 'ap-northeast-1c', Tags: [{ Key: 'standby' }] },
      ],
    });
    const compute = new Ec2FleetCompute(new EC2Client({}));

    // Act
    const byKey = await compute.findSubnets({ vpcId: 'vpc-1', tagKey: 'standby' });
    await compute.findSubnets({ vpcId: 'vpc-1', tagKey: 'standby', tagValue: 'true' });

    // Assess
    expect(byKey).toEqual([
      { subnetId: 'subnet-c', vpcId: 'vpc-1', availabilityZone: 'ap-northeast-1c', tags: { standby: '' } },
    ]);
    expect(ec2.commandCalls(DescribeSubnetsCommand)[1]?.args[0].input).toEqual({
      Filters: [
        { Name: 'vpc-id', Values: ['vpc-1'] },
        { Name: 'tag:standby', Values: ['true'] },
      ],
    });
  });

  it('launches one instance with the tags, profile, user data and client token', async () => {
    // Prepare
    ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-new' }] });

    // Act
    const id = await new Ec2FleetCompute(new EC2Client({})).launchInstance({
      imageId: 'ami-1',
      instanceType: 'm6i.large',
      subnetId: 'subnet-c',
      securityGroupIds: ['sg-app'],
      keyName: 'ops',
      iamInstanceProfileArn: 'arn:aws:iam::111122223333:instance-profile/node',
      userData: 'IyE=',
      tags: { 'cluster.node.id': '1' },
      clientToken: 'recover-i-0aaa',
    });

    // Assess
    expect(id).toBe('i-new');
    expect(ec2).toHaveReceivedCommandWith(RunInstancesCommand, {
      ImageId: 'ami-1',
      MinCount: 1,
      MaxCount: 1,
      SubnetId: 'subnet-c',
      IamInstanceProfile: { Arn: 'arn:aws:iam::111122223333:instance-profile/node' },
      UserData: 'IyE=',
      ClientToken: 'recover-i-0aaa',
      TagSpecifications: [
        { ResourceType: 'instance', Tags: [{ Key: 'cluster.node.id', Value: '1' }] },
        { ResourceType: 'volume', Tags: [{ Key: 'cluster.node.id', Value: '1' }] },
      ],
    });
  });

  it('rejects a launch that returns no instance', async () => {
    // Prepare
    ec2.on(RunInstancesCommand).resolves({ Instances: [] });
    const spec = {
      imageId: 'ami-1',
      instanceType: 't3.micro',
      subnetId: 's',
      securityGroupIds: [],
      tags: {},
      clientToken: 't',
    };

    // Act / Assess
    await expect(new Ec2FleetCompute(new EC2Client({})).launchInstance(spec)).rejects.toThrow(/returned no instance/);
  });
});
