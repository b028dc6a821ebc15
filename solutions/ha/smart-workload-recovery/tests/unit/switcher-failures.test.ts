import { DeleteAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import {
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  ModifyInstanceAttributeCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { RegisterTargetsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import 'aws-sdk-client-mock-jest';
import alarmEvent from '../../events/alarm-state-change.json';
import { runStep } from '../../src/domain/run-step';
import type { IncidentRef } from '../../src/domain/step-context';
import { cloudWatch, documents, ec2, elb, mockHappyFleet, NEW, OLD, sdkContext } from './sdk-fleet';

const EVENT = { ...alarmEvent, detail: { ...alarmEvent.detail, alarmName: `swr-${OLD}-app-fault`, configuration: {} } };
const failure = (name: string) => Object.assign(new Error(`${name} injected`), { name });

type Mock = typeof ec2 | typeof elb | typeof cloudWatch | typeof documents;

/** Every step of the sequence, the call that fails it, and the named error the state machine then sees. */
const CASES: [string, Mock, unknown, Record<string, unknown> | undefined, string, string][] = [
  ['record-incident', ec2, DescribeInstancesCommand, { InstanceIds: [OLD] }, 'RequestLimitExceeded', 'ThrottlingError'],
  ['record-incident', documents, PutCommand, undefined, 'InternalServerError', 'FleetOperationError'],
  ['quarantine', ec2, ModifyInstanceAttributeCommand, undefined, 'UnauthorizedOperation', 'AccessDeniedError'],
  ['capture', ec2, DescribeInstanceAttributeCommand, undefined, 'InternalError', 'FleetOperationError'],
  ['terminate', ec2, TerminateInstancesCommand, undefined, 'IncorrectInstanceState', 'FleetOperationError'],
  ['launch', ec2, RunInstancesCommand, undefined, 'InsufficientInstanceCapacity', 'FleetOperationError'],
  [
    'check-replacement',
    ec2,
    DescribeInstancesCommand,
    { InstanceIds: [NEW] },
    'InvalidInstanceID.NotFound',
    'InstanceNotFoundError',
  ],
  ['switch-targets', elb, RegisterTargetsCommand, undefined, 'InvalidTarget', 'FleetOperationError'],
  ['recreate-alarms', cloudWatch, PutMetricAlarmCommand, undefined, 'LimitExceeded', 'FleetOperationError'],
  ['recreate-alarms', cloudWatch, DeleteAlarmsCommand, undefined, 'ResourceNotFound', 'FleetOperationError'],
  ['record-outcome', documents, UpdateCommand, undefined, 'ThrottlingException', 'ThrottlingError'],
];

/** Runs the sequence until `failing`; returns the error of that step. */
async function runUntil(failing: string): Promise<unknown> {
  const context = sdkContext();
  const steps: [string, (incident: IncidentRef) => Record<string, unknown>][] = [
    ['quarantine', (incident) => ({ incident })],
    ['capture', (incident) => ({ incident })],
    ['terminate', (incident) => ({ incident })],
    ['launch', (incident) => ({ incident })],
    ['check-replacement', () => ({ instanceId: NEW, poll: { attempts: 0, maxAttempts: 3, intervalSeconds: 1 } })],
    ['switch-targets', (incident) => ({ incident, replacementId: NEW, targets: [] })],
    ['recreate-alarms', (incident) => ({ incident, replacementId: NEW })],
    ['record-outcome', (incident) => ({ incident, replacement: { instanceId: NEW, availabilityZone: 'us-east-1c' } })],
  ];
  try {
    const record = (await runStep({ step: 'record-incident', event: EVENT }, context)) as { incident: IncidentRef };
    for (const [step, input] of steps) await runStep({ step, ...input(record.incident) }, context);
  } catch (error) {
    return error;
  }
  throw new Error(`the sequence did not fail at ${failing}`);
}

describe('switcher failure at every step', () => {
  let table: Map<string, Record<string, unknown>>;

  beforeEach(() => {
    table = new Map();
    mockHappyFleet(table);
  });

  it.each(CASES)(
    'fails %s with a named error when %p is rejected',
    async (step, mock, command, input, injected, expected) => {
      // Prepare
      const stub = mock as unknown as { on(command: unknown, input?: unknown): { rejects(error: Error): unknown } };
      stub.on(command, input).rejects(failure(injected));

      // Act
      const error = await runUntil(step);

      // Assess
      expect(error).toMatchObject({ name: expected });
      const started = table.get(OLD);
      if (step !== 'record-incident') expect(started?.status).toBe('IN_PROGRESS');
    },
  );

  it('stops at the step that failed: nothing after a failed termination is launched', async () => {
    // Prepare
    ec2.on(TerminateInstancesCommand).rejects(failure('IncorrectInstanceState'));

    // Act
    await runUntil('terminate');

    // Assess
    expect(ec2).not.toHaveReceivedCommand(RunInstancesCommand);
    expect(table.get(OLD)?.step).toBe('CAPTURED');
  });

  it('fails the poll at once when the replacement terminated', async () => {
    // Prepare
    ec2.on(DescribeInstancesCommand, { InstanceIds: [NEW] }).resolves({
      Reservations: [{ Instances: [{ InstanceId: NEW, State: { Name: 'terminated' } }] }],
    });

    // Act
    const error = await runUntil('check-replacement');

    // Assess
    expect(error).toMatchObject({ name: 'ReplacementFailedError' });
  });

  it('rejects a launch when capture never ran', async () => {
    // Prepare
    const context = sdkContext();
    const { incident } = (await runStep({ step: 'record-incident', event: EVENT }, context)) as {
      incident: IncidentRef;
    };

    // Act / Assess
    await expect(runStep({ step: 'launch', incident }, context)).rejects.toMatchObject({ name: 'RecoveryEventError' });
    expect(documents).toHaveReceivedCommand(GetCommand);
  });

  it.each([
    [{ step: 'reboot' }, /Unknown step "reboot"/],
    [{ step: 'quarantine' }, /incident is missing/],
    [{ step: 'check-replacement', instanceId: NEW, poll: { attempts: -1 } }, /poll needs integer/],
    [{ step: 'switch-targets', incident: {}, replacementId: NEW }, /incident.incidentId/],
    ['not an object', /the event must be an object/],
  ])('rejects a malformed step input (%#)', async (event, message) => {
    // Act / Assess
    await expect(runStep(event, sdkContext())).rejects.toThrow(message);
  });
});
