import fc from 'fast-check';
import { ValidationError } from '../../../src/errors';
import {
  FleetOperationError,
  InstanceNotFoundError,
  type LaunchSpec,
  MemoryFleet,
  type MemoryFleetState,
  parseMemoryFleetState,
} from '../../../src/fleet';

const TG = 'arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/app/1';

function seededState(): MemoryFleetState {
  return parseMemoryFleetState({
    instances: [
      {
        instanceId: 'i-old',
        state: 'running',
        vpcId: 'vpc-1',
        availabilityZone: 'az-a',
        securityGroupIds: ['sg-app'],
        tags: { node: '1' },
        userData: 'IyE=',
      },
      { instanceId: 'i-other', state: 'running', vpcId: 'vpc-2', securityGroupIds: [], tags: { node: '2' } },
    ],
    subnets: [{ subnetId: 'subnet-b', vpcId: 'vpc-1', availabilityZone: 'az-b', tags: { standby: 'true' } }],
    targetGroups: { [TG]: [{ id: 'i-old', port: 80 }] },
  });
}

const spec = (token: string): LaunchSpec => ({
  imageId: 'ami-1',
  instanceType: 't3.micro',
  subnetId: 'subnet-b',
  securityGroupIds: ['sg-app'],
  tags: { node: '1' },
  clientToken: token,
});

describe('MemoryFleet', () => {
  it('reports a launched instance pending once, then running', async () => {
    // Prepare
    const fleet = new MemoryFleet(seededState());

    // Act
    const id = await fleet.compute.launchInstance(spec('t-1'));
    const first = await fleet.compute.describeInstance(id);
    const second = await fleet.compute.describeInstance(id);

    // Assess
    expect(first.state).toBe('pending');
    expect(second).toMatchObject({ state: 'running', availabilityZone: 'az-b', subnetId: 'subnet-b' });
  });

  it('returns the same instance for a repeated client token', async () => {
    // Prepare
    const fleet = new MemoryFleet(seededState());

    // Act
    const first = await fleet.compute.launchInstance(spec('t-1'));
    const again = await fleet.compute.launchInstance(spec('t-1'));
    const other = await fleet.compute.launchInstance(spec('t-2'));

    // Assess
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(fleet.state.launchCount).toBe(2);
  });

  it('refuses a launch into an unknown subnet and changes to a terminated instance', async () => {
    // Prepare
    const fleet = new MemoryFleet(seededState());
    await fleet.compute.terminateInstance('i-old');

    // Act / Assess
    await expect(fleet.compute.launchInstance({ ...spec('t'), subnetId: 'subnet-x' })).rejects.toBeInstanceOf(
      FleetOperationError,
    );
    await expect(fleet.compute.setSecurityGroups('i-old', ['sg-x'])).rejects.toThrow(/IncorrectInstanceState/);
    await expect(fleet.targets.registerTargets(TG, [{ id: 'i-old' }])).rejects.toThrow(/IncorrectInstanceState/);
    await expect(fleet.compute.describeInstance('i-none')).rejects.toBeInstanceOf(InstanceNotFoundError);
  });

  it('finds tagged instances and subnets of one VPC only, and keeps user data private', async () => {
    // Prepare
    const fleet = new MemoryFleet(seededState());

    // Act
    const instances = await fleet.compute.findInstances({ vpcId: 'vpc-1', tagKey: 'node', states: ['running'] });
    const subnets = await fleet.compute.findSubnets({ vpcId: 'vpc-1', tagKey: 'standby', tagValue: 'true' });
    const none = await fleet.compute.findSubnets({ vpcId: 'vpc-1', tagKey: 'standby', tagValue: 'false' });

    // Assess
    expect(instances.map((entry) => entry.instanceId)).toEqual(['i-old']);
    expect(instances[0]).not.toHaveProperty('userData');
    await expect(fleet.compute.getUserData('i-old')).resolves.toBe('IyE=');
    expect(subnets.map((entry) => entry.subnetId)).toEqual(['subnet-b']);
    expect(none).toEqual([]);
  });

  it('moves targets, alarms and security groups', async () => {
    // Prepare
    const fleet = new MemoryFleet(seededState());
    const id = await fleet.compute.launchInstance(spec('t'));
    const alarm = {
      alarmName: 'a',
      description: 'd',
      namespace: 'AWS/EC2',
      metricName: 'StatusCheckFailed',
      dimensions: { InstanceId: id },
      statistic: 'Maximum' as const,
      periodSeconds: 60,
      evaluationPeriods: 2,
      threshold: 1,
      comparison: 'GreaterThanOrEqualToThreshold' as const,
      treatMissingData: 'missing' as const,
    };

    // Act
    await fleet.compute.setSecurityGroups('i-old', ['sg-blackhole']);
    await fleet.targets.registerTargets(TG, [{ id, port: 80 }]);
    await fleet.targets.registerTargets(TG, [{ id, port: 80 }]);
    await fleet.targets.deregisterTargets(TG, [{ id: 'i-old', port: 80 }]);
    await fleet.alarms.putAlarm(alarm);
    await fleet.alarms.deleteAlarms(['missing']);

    // Assess
    expect((await fleet.compute.describeInstance('i-old')).securityGroupIds).toEqual(['sg-blackhole']);
    await expect(fleet.targets.listTargets(TG)).resolves.toEqual([{ id, port: 80 }]);
    expect(Object.keys(fleet.state.alarms)).toEqual(['a']);
    await expect(fleet.targets.listTargets('arn:unknown')).rejects.toBeInstanceOf(FleetOperationError);
  });

  it('creates an incident once and updates only existing ones', async () => {
    // Prepare
    const fleet = new MemoryFleet(seededState());

    // Act
    const created = await fleet.incidents.create({ incidentId: 'i-old', status: 'IN_PROGRESS' });
    const again = await fleet.incidents.create({ incidentId: 'i-old', status: 'OTHER' });
    const updated = await fleet.incidents.update('i-old', { status: 'RECOVERED', incidentId: 'ignored' });

    // Assess
    expect([created, again]).toEqual([true, false]);
    expect(updated).toEqual({ incidentId: 'i-old', status: 'RECOVERED' });
    await expect(fleet.incidents.get('i-none')).resolves.toBeUndefined();
    await expect(fleet.incidents.update('i-none', { status: 'X' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('gives every client token its own instance id', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 64 }), { minLength: 1, maxLength: 20 }),
        async (tokens) => {
          // Prepare
          const fleet = new MemoryFleet(seededState());

          // Act
          const ids = [];
          for (const token of tokens) ids.push(await fleet.compute.launchInstance(spec(token)));

          // Assess
          expect(new Set(ids).size).toBe(tokens.length);
          for (const id of ids) expect(id).toMatch(/^i-[0-9a-f]{17}$/);
        },
      ),
    );
  });
});

describe('parseMemoryFleetState', () => {
  it.each([
    [null, /must be a JSON object/],
    [{ instances: 'x' }, /instances must be an array/],
    [{ instances: [{ instanceId: 'i', state: 'running', securityGroupIds: [], tags: 1 }] }, /tags must be an object/],
    [{ instances: [{ state: 'running' }] }, /instanceId must be a string/],
    [{ instances: [], subnets: [{ subnetId: 's', vpcId: 'v' }] }, /availabilityZone must be a string/],
    [{ instances: [], alarms: [] }, /alarms must be an object/],
    [{ instances: [], launchCount: -1 }, /launchCount/],
  ])('rejects a malformed state (%#)', (value, message) => {
    // Act / Assess
    expect(() => parseMemoryFleetState(value)).toThrow(message);
  });

  it('fills missing maps with empty ones', () => {
    // Act
    const state = parseMemoryFleetState({ instances: [] });

    // Assess
    expect(state).toEqual({
      instances: [],
      subnets: [],
      targetGroups: {},
      alarms: {},
      incidents: {},
      launchTokens: {},
      launchCount: 0,
    });
  });
});
