import { DeleteAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { DeregisterTargetsCommand, RegisterTargetsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import 'aws-sdk-client-mock-jest';
import alarmEvent from '../../events/alarm-state-change.json';
import { runStep } from '../../src/domain/run-step';
import type { IncidentRef } from '../../src/domain/step-context';
import { answerInstance, cloudWatch, documents, ec2, elb, mockHappyFleet, NEW, OLD, sdkContext, TG } from './sdk-fleet';

const EVENT = {
  ...alarmEvent,
  detail: { ...alarmEvent.detail, alarmName: `swr-${OLD}-app-fault`, configuration: { metrics: [] } },
};

/** Runs the steps in the order the state machine does; returns what each returned. */
async function runSequence() {
  const context = sdkContext();
  const record = (await runStep({ step: 'record-incident', event: EVENT, executionId: 'exec-1' }, context)) as {
    action: string;
    incident: IncidentRef;
  };
  const incident = record.incident;
  await runStep({ step: 'quarantine', incident }, context);
  const capture = (await runStep({ step: 'capture', incident }, context)) as { targets: unknown[] };
  await runStep({ step: 'terminate', incident }, context);
  const launch = (await runStep({ step: 'launch', incident }, context)) as {
    instanceId: string;
    availabilityZone: string;
    poll: object;
  };
  const poll = await runStep({ step: 'check-replacement', instanceId: launch.instanceId, poll: launch.poll }, context);
  await runStep(
    { step: 'switch-targets', incident, replacementId: launch.instanceId, targets: capture.targets },
    context,
  );
  await runStep({ step: 'recreate-alarms', incident, replacementId: launch.instanceId }, context);
  const outcome = await runStep({ step: 'record-outcome', incident, replacement: launch }, context);
  return { record, capture, launch, poll, outcome };
}

describe('switcher sequence on the SDK fleet', () => {
  let table: Map<string, Record<string, unknown>>;

  beforeEach(() => {
    table = new Map();
    mockHappyFleet(table);
  });

  it('quarantines, captures, terminates, relaunches in another zone, moves targets and alarms, records the outcome', async () => {
    // Act
    const { record, launch, poll, outcome } = await runSequence();

    // Assess
    expect(record.action).toBe('RECOVER');
    expect(ec2.callsOf('ModifyInstanceAttribute')[0]?.params).toEqual({
      InstanceId: OLD,
      'GroupId.1': 'sg-0b1ac0401e0000001',
    });
    expect(ec2.callsOf('TerminateInstances')[0]?.params).toEqual({ 'InstanceId.1': OLD });
    expect(ec2.callsOf('RunInstances')[0]?.params).toMatchObject({
      ImageId: 'ami-1',
      InstanceType: 'm6i.large',
      KeyName: 'ops',
      SubnetId: 'subnet-c',
      'SecurityGroupId.1': 'sg-app',
      UserData: 'c2VjcmV0',
      'IamInstanceProfile.Arn': 'arn:aws:iam::111122223333:instance-profile/node',
      ClientToken: `recover-${OLD}`,
      'TagSpecification.1.ResourceType': 'instance',
      'TagSpecification.1.Tag.1.Key': 'cluster.node.id',
      'TagSpecification.1.Tag.1.Value': '7',
      'TagSpecification.1.Tag.2.Key': 'recovery:replaces',
      'TagSpecification.1.Tag.2.Value': OLD,
    });
    expect(ec2.callsOf('RunInstances')[0]?.params['TagSpecification.1.Tag.3.Key']).toBeUndefined();
    expect(launch).toMatchObject({ instanceId: NEW, availabilityZone: 'us-east-1c' });
    expect(poll).toEqual({ state: 'running', attempts: 1, maxAttempts: 3, intervalSeconds: 15 });
    expect(elb).toHaveReceivedCommandWith(RegisterTargetsCommand, {
      TargetGroupArn: TG,
      Targets: [{ Id: NEW, Port: 8080 }],
    });
    expect(elb).toHaveReceivedCommandWith(DeregisterTargetsCommand, {
      TargetGroupArn: TG,
      Targets: [{ Id: OLD, Port: 8080 }],
    });
    expect(cloudWatch).toHaveReceivedCommandWith(DeleteAlarmsCommand, {
      AlarmNames: [`swr-${OLD}-status-check`, `swr-${OLD}-app-fault`],
    });
    expect(cloudWatch).toHaveReceivedCommandTimes(PutMetricAlarmCommand, 2);
    expect(outcome).toMatchObject({
      status: 'RECOVERED',
      replacementInstanceId: NEW,
      sourceAz: 'us-east-1a',
      targetAz: 'us-east-1c',
    });
    expect(table.get(OLD)).toMatchObject({ status: 'RECOVERED', step: 'RECOVERED', replacementInstanceId: NEW });
  });

  it('keeps user data in the incident table and out of the step results', async () => {
    // Act
    const { capture } = await runSequence();

    // Assess
    expect(JSON.stringify(capture)).not.toContain('c2VjcmV0');
    expect(String(table.get(OLD)?.launchTemplate)).toContain('c2VjcmV0');
  });

  it('does nothing for a second event about the same incident', async () => {
    // Prepare
    const context = sdkContext();
    await runStep({ step: 'record-incident', event: EVENT, executionId: 'exec-1' }, context);
    ec2.calls.length = 0;

    // Act
    const again = await runStep({ step: 'record-incident', event: EVENT, executionId: 'exec-2' }, context);

    // Assess
    expect(again).toEqual({ action: 'DUPLICATE', reason: `an incident for ${OLD} is already recorded` });
    expect(documents).toHaveReceivedCommandTimes(PutCommand, 2);
    expect(ec2.callsOf('ModifyInstanceAttribute')).toEqual([]);
    expect(table.get(OLD)?.executionId).toBe('exec-1');
  });

  it('ignores an instance without the cluster tag or in another VPC, without recording anything', async () => {
    // Prepare
    answerInstance(OLD, { instanceId: OLD, instanceState: { name: 'running' }, vpcId: 'vpc-other', tagSet: [] });

    // Act
    const result = await runStep({ step: 'record-incident', event: EVENT }, sdkContext());

    // Assess
    expect(result).toMatchObject({ action: 'IGNORE' });
    expect(documents).not.toHaveReceivedCommand(PutCommand);
  });

  it('fails the launch clearly when no other zone has a tagged subnet', async () => {
    // Prepare
    const context = sdkContext();
    const { incident } = (await runStep({ step: 'record-incident', event: EVENT }, context)) as {
      incident: IncidentRef;
    };
    await runStep({ step: 'capture', incident }, context);
    ec2.on('DescribeSubnets', () => ({
      subnetSet: [{ subnetId: 'subnet-a', vpcId: 'v', availabilityZone: 'us-east-1a' }],
    }));

    // Act / Assess
    await expect(runStep({ step: 'launch', incident }, context)).rejects.toMatchObject({
      name: 'NoStandbySubnetError',
    });
    expect(ec2.callsOf('RunInstances')).toEqual([]);
  });

  it('records where a recovery stopped', async () => {
    // Prepare
    const context = sdkContext();
    await runStep({ step: 'record-incident', event: EVENT }, context);

    // Act
    await runStep(
      {
        step: 'record-failure',
        incidentId: OLD,
        failure: { failedStep: 'TerminateInstance', error: { Error: 'FleetOperationError', Cause: 'x' } },
      },
      context,
    );

    // Assess
    expect(table.get(OLD)).toMatchObject({
      status: 'FAILED',
      failedStep: 'TerminateInstance',
      error: 'FleetOperationError',
      step: 'RECORDED',
    });
    expect(documents).toHaveReceivedCommand(UpdateCommand);
  });
});
