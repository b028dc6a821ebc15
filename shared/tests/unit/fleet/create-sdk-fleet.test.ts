import { EC2Client, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CloudWatchFleetAlarms,
  createSdkFleet,
  DynamoDbIncidentStore,
  Ec2FleetCompute,
  Elbv2FleetTargets,
} from '../../../src/fleet';

const ec2 = mockClient(EC2Client);

describe('createSdkFleet', () => {
  beforeEach(() => {
    ec2.reset();
  });

  it('builds the four SDK adapters and uses a given client', async () => {
    // Prepare
    ec2.on(TerminateInstancesCommand).resolves({});
    const client = new EC2Client({});

    // Act
    const fleet = createSdkFleet({ incidentTableName: 'incidents', ec2: client });
    await fleet.compute.terminateInstance('i-1');

    // Assess
    expect(fleet.compute).toBeInstanceOf(Ec2FleetCompute);
    expect(fleet.targets).toBeInstanceOf(Elbv2FleetTargets);
    expect(fleet.alarms).toBeInstanceOf(CloudWatchFleetAlarms);
    expect(fleet.incidents).toBeInstanceOf(DynamoDbIncidentStore);
    expect(ec2.commandCalls(TerminateInstancesCommand)[0]?.thisValue).toBe(client);
  });
});
