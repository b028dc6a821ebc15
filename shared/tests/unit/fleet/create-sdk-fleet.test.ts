import {
  CloudWatchFleetAlarms,
  createSdkFleet,
  DynamoDbIncidentStore,
  Ec2FleetCompute,
  Elbv2FleetTargets,
} from '../../../src/fleet';
import { createEc2Fake } from '../../../src/testing';

describe('createSdkFleet', () => {
  it('builds the four adapters and uses a given EC2 client', async () => {
    // Prepare
    const ec2 = createEc2Fake({ TerminateInstances: () => ({}) });

    // Act
    const fleet = createSdkFleet({ incidentTableName: 'incidents', ec2: ec2.client });
    await fleet.compute.terminateInstance('i-1');

    // Assess
    expect(fleet.compute).toBeInstanceOf(Ec2FleetCompute);
    expect(fleet.targets).toBeInstanceOf(Elbv2FleetTargets);
    expect(fleet.alarms).toBeInstanceOf(CloudWatchFleetAlarms);
    expect(fleet.incidents).toBeInstanceOf(DynamoDbIncidentStore);
    expect(ec2.callsOf('TerminateInstances')).toHaveLength(1);
  });
});
