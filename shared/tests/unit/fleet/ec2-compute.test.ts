import { AccessDeniedError, ThrottlingError } from '../../../src/errors';
import { Ec2FleetCompute, FleetOperationError, InstanceNotFoundError } from '../../../src/fleet';
import { createEc2Fake, Ec2Fault, type Ec2Shape } from '../../../src/testing';

/** An instance as DescribeInstances writes it. */
const INSTANCE = {
  instanceId: 'i-0aaa',
  imageId: 'ami-1',
  instanceState: { code: 16, name: 'running' },
  keyName: 'ops',
  instanceType: 'm6i.large',
  placement: { availabilityZone: 'ap-northeast-1a', tenancy: 'default' },
  subnetId: 'subnet-a',
  vpcId: 'vpc-1',
  groupSet: [{ groupId: 'sg-app', groupName: 'app' }],
  iamInstanceProfile: { arn: 'arn:aws:iam::111122223333:instance-profile/node', id: 'AIPA1' },
  tagSet: [
    { key: 'cluster.node.id', value: '1' },
    { key: 'Name', value: 'node-1' },
  ],
};

const reservations = (...instances: Ec2Shape[]) => ({
  reservationSet: instances.map((instance, index) => ({ reservationId: `r-${index}`, instancesSet: [instance] })),
});

describe('Ec2FleetCompute', () => {
  it('maps an instance to its details', async () => {
    // Prepare
    const ec2 = createEc2Fake({ DescribeInstances: () => reservations(INSTANCE) });

    // Act
    const details = await new Ec2FleetCompute(ec2.client).describeInstance('i-0aaa');

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
    expect(ec2.callsOf('DescribeInstances')[0]?.params).toEqual({ 'InstanceId.1': 'i-0aaa' });
  });

  it('reads several groups and tags, and leaves absent optional fields out', async () => {
    // Prepare
    const bare = {
      instanceId: 'i-0bbb',
      instanceState: { name: 'stopped' },
      groupSet: [{ groupId: 'sg-1' }, { groupId: 'sg-2' }],
      tagSet: [{ key: 'a', value: '' }, { key: 'b' }],
    };
    const ec2 = createEc2Fake({ DescribeInstances: () => reservations(bare) });

    // Act
    const details = await new Ec2FleetCompute(ec2.client).describeInstance('i-0bbb');

    // Assess
    expect(details).toEqual({
      instanceId: 'i-0bbb',
      state: 'stopped',
      securityGroupIds: ['sg-1', 'sg-2'],
      tags: { a: '', b: '' },
    });
  });

  it('throws InstanceNotFoundError when EC2 returns no instance or an unknown id', async () => {
    // Prepare
    const ec2 = createEc2Fake({
      DescribeInstances: (params) =>
        params['InstanceId.1'] === 'i-none'
          ? { reservationSet: [] }
          : new Ec2Fault('InvalidInstanceID.NotFound', "The instance ID 'i-gone' does not exist"),
    });
    const compute = new Ec2FleetCompute(ec2.client);

    // Act / Assess
    await expect(compute.describeInstance('i-none')).rejects.toBeInstanceOf(InstanceNotFoundError);
    await expect(compute.describeInstance('i-gone')).rejects.toBeInstanceOf(InstanceNotFoundError);
  });

  it('names denials, throttling after the retries, and any other failure', async () => {
    // Prepare
    const ec2 = createEc2Fake({
      TerminateInstances: (params) =>
        params['InstanceId.1'] === 'i-denied'
          ? new Ec2Fault('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403)
          : params['InstanceId.1'] === 'i-busy'
            ? new Ec2Fault('RequestLimitExceeded', 'Request limit exceeded.', 503)
            : new Ec2Fault('IncorrectInstanceState', 'The instance is not in a state from which it can be terminated.'),
    });
    const compute = new Ec2FleetCompute(ec2.client);

    // Act / Assess
    await expect(compute.terminateInstance('i-denied')).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(compute.terminateInstance('i-busy')).rejects.toBeInstanceOf(ThrottlingError);
    await expect(compute.terminateInstance('i-odd')).rejects.toThrow(
      /TerminateInstances on i-odd failed: IncorrectInstanceState/,
    );
    expect(ec2.callsOf('TerminateInstances').map((call) => call.params['InstanceId.1'])).toEqual([
      'i-denied',
      'i-busy',
      'i-busy',
      'i-busy',
      'i-odd',
    ]);
  });

  it('pages through tagged instances of a VPC with state filters', async () => {
    // Prepare
    const ec2 = createEc2Fake({
      DescribeInstances: (params) =>
        params.NextToken === undefined
          ? { ...reservations(INSTANCE), nextToken: 'next' }
          : reservations({ ...INSTANCE, instanceId: 'i-0bbb' }),
    });

    // Act
    const found = await new Ec2FleetCompute(ec2.client).findInstances({
      vpcId: 'vpc-1',
      tagKey: 'cluster.node.id',
      states: ['running'],
    });

    // Assess
    expect(found.map((entry) => entry.instanceId)).toEqual(['i-0aaa', 'i-0bbb']);
    expect(ec2.callsOf('DescribeInstances')[0]?.params).toEqual({
      'Filter.1.Name': 'vpc-id',
      'Filter.1.Value.1': 'vpc-1',
      'Filter.2.Name': 'tag-key',
      'Filter.2.Value.1': 'cluster.node.id',
      'Filter.3.Name': 'instance-state-name',
      'Filter.3.Value.1': 'running',
      MaxResults: '1000',
    });
    expect(ec2.callsOf('DescribeInstances')[1]?.params.NextToken).toBe('next');
  });

  it('returns user data, or undefined when the instance has none', async () => {
    // Prepare
    const ec2 = createEc2Fake({
      DescribeInstanceAttribute: (params) =>
        params.InstanceId === 'i-a'
          ? { instanceId: 'i-a', userData: { value: 'IyEvYmluL2Jhc2g=' } }
          : { instanceId: 'i-b', userData: '' },
    });
    const compute = new Ec2FleetCompute(ec2.client);

    // Act / Assess
    await expect(compute.getUserData('i-a')).resolves.toBe('IyEvYmluL2Jhc2g=');
    await expect(compute.getUserData('i-b')).resolves.toBeUndefined();
    expect(ec2.callsOf('DescribeInstanceAttribute')[0]?.params).toEqual({ InstanceId: 'i-a', Attribute: 'userData' });
  });

  it('replaces the security groups and terminates by instance id', async () => {
    // Prepare
    const ec2 = createEc2Fake({ ModifyInstanceAttribute: () => ({ return: true }), TerminateInstances: () => ({}) });
    const compute = new Ec2FleetCompute(ec2.client);

    // Act
    await compute.setSecurityGroups('i-a', ['sg-blackhole', 'sg-2']);
    await compute.terminateInstance('i-a');

    // Assess
    expect(ec2.calls.map((call) => [call.action, call.params])).toEqual([
      ['ModifyInstanceAttribute', { InstanceId: 'i-a', 'GroupId.1': 'sg-blackhole', 'GroupId.2': 'sg-2' }],
      ['TerminateInstances', { 'InstanceId.1': 'i-a' }],
    ]);
  });

  it('filters subnets by tag key, or by tag value when one is given', async () => {
    // Prepare
    const subnet = {
      subnetId: 'subnet-c',
      vpcId: 'vpc-1',
      availabilityZone: 'ap-northeast-1c',
      tagSet: [{ key: 'standby' }],
    };
    const ec2 = createEc2Fake({ DescribeSubnets: () => ({ subnetSet: [subnet] }) });
    const compute = new Ec2FleetCompute(ec2.client);

    // Act
    const byKey = await compute.findSubnets({ vpcId: 'vpc-1', tagKey: 'standby' });
    await compute.findSubnets({ vpcId: 'vpc-1', tagKey: 'standby', tagValue: 'true' });

    // Assess
    expect(byKey).toEqual([
      { subnetId: 'subnet-c', vpcId: 'vpc-1', availabilityZone: 'ap-northeast-1c', tags: { standby: '' } },
    ]);
    expect(ec2.callsOf('DescribeSubnets')[1]?.params).toEqual({
      'Filter.1.Name': 'vpc-id',
      'Filter.1.Value.1': 'vpc-1',
      'Filter.2.Name': 'tag:standby',
      'Filter.2.Value.1': 'true',
    });
  });

  it('launches one instance with the tags, profile, user data and client token', async () => {
    // Prepare
    const ec2 = createEc2Fake({
      RunInstances: () => ({ reservationId: 'r-1', instancesSet: [{ instanceId: 'i-new' }] }),
    });

    // Act
    const id = await new Ec2FleetCompute(ec2.client).launchInstance({
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
    expect(ec2.callsOf('RunInstances')[0]?.params).toEqual({
      ImageId: 'ami-1',
      InstanceType: 'm6i.large',
      MinCount: '1',
      MaxCount: '1',
      SubnetId: 'subnet-c',
      'SecurityGroupId.1': 'sg-app',
      KeyName: 'ops',
      'IamInstanceProfile.Arn': 'arn:aws:iam::111122223333:instance-profile/node',
      UserData: 'IyE=',
      ClientToken: 'recover-i-0aaa',
      'TagSpecification.1.ResourceType': 'instance',
      'TagSpecification.1.Tag.1.Key': 'cluster.node.id',
      'TagSpecification.1.Tag.1.Value': '1',
      'TagSpecification.2.ResourceType': 'volume',
      'TagSpecification.2.Tag.1.Key': 'cluster.node.id',
      'TagSpecification.2.Tag.1.Value': '1',
    });
  });

  it('rejects a launch that returns no instance', async () => {
    // Prepare
    const ec2 = createEc2Fake({ RunInstances: () => ({ instancesSet: [] }) });
    const spec = {
      imageId: 'ami-1',
      instanceType: 't3.micro',
      subnetId: 's',
      securityGroupIds: [],
      tags: {},
      clientToken: 't',
    };

    // Act / Assess
    const launch = new Ec2FleetCompute(ec2.client).launchInstance(spec);
    await expect(launch).rejects.toBeInstanceOf(FleetOperationError);
    await expect(launch).rejects.toThrow(/returned no instance/);
  });
});
