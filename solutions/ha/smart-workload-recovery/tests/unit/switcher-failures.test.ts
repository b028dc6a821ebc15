import { DeleteAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { RegisterTargetsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import 'aws-sdk-client-mock-jest';
import { Ec2Fault } from '@fsxn-s3ap/shared/testing';
import alarmEvent from '../../events/alarm-state-change.json';
import { runStep } from '../../src/domain/run-step';
import type { IncidentRef } from '../../src/domain/step-context';
import {
  answerInstance,
  cloudWatch,
  documents,
  ec2,
  elb,
  failEc2,
  mockHappyFleet,
  NEW,
  OLD,
  sdkContext,
} from './sdk-fleet';

const EVENT = { ...alarmEvent, detail: { ...alarmEvent.detail, alarmName: `swr-${OLD}-app-fault`, configuration: {} } };
const failure = (name: string) => Object.assign(new Error(`${name} injected`), { name });

/** Makes one call fail with the error `name`: an EC2 error answer, or a rejection of a mocked SDK command. */
type Inject = (name: string) => void;
const sdk =
  (mock: typeof elb | typeof cloudWatch | typeof documents, command: unknown): Inject =>
  (name) =>
    (mock as unknown as { on(command: unknown): { rejects(error: Error): unknown } })
      .on(command)
      .rejects(failure(name));

/** Every step of the sequence, the call that fails it, and the named error the state machine then sees. */
const CASES: [string, string, Inject, string, string][] = [
  [
    'record-incident',
    'DescribeInstances',
    (name) => answerInstance(OLD, new Ec2Fault(name, 'slow down', 503)),
    'RequestLimitExceeded',
    'ThrottlingError',
  ],
  ['record-incident', 'Put', sdk(documents, PutCommand), 'InternalServerError', 'FleetOperationError'],
  [
    'quarantine',
    'ModifyInstanceAttribute',
    (name) => failEc2('ModifyInstanceAttribute', name, 403),
    'UnauthorizedOperation',
    'AccessDeniedError',
  ],
  [
    'capture',
    'DescribeInstanceAttribute',
    (name) => failEc2('DescribeInstanceAttribute', name, 500),
    'InternalError',
    'FleetOperationError',
  ],
  [
    'terminate',
    'TerminateInstances',
    (name) => failEc2('TerminateInstances', name),
    'IncorrectInstanceState',
    'FleetOperationError',
  ],
  [
    'launch',
    'RunInstances',
    (name) => failEc2('RunInstances', name, 500),
    'InsufficientInstanceCapacity',
    'FleetOperationError',
  ],
  [
    'check-replacement',
    'DescribeInstances',
    (name) => answerInstance(NEW, new Ec2Fault(name)),
    'InvalidInstanceID.NotFound',
    'InstanceNotFoundError',
  ],
  ['switch-targets', 'RegisterTargets', sdk(elb, RegisterTargetsCommand), 'InvalidTarget', 'FleetOperationError'],
  ['recreate-alarms', 'PutMetricAlarm', sdk(cloudWatch, PutMetricAlarmCommand), 'LimitExceeded', 'FleetOperationError'],
  ['recreate-alarms', 'DeleteAlarms', sdk(cloudWatch, DeleteAlarmsCommand), 'ResourceNotFound', 'FleetOperationError'],
  ['record-outcome', 'Update', sdk(documents, UpdateCommand), 'ThrottlingException', 'ThrottlingError'],
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

  it.each(CASES)('fails %s with a named error when %s is rejected', async (step, _call, inject, injected, expected) => {
    // Prepare
    inject(injected);

    // Act
    const error = await runUntil(step);

    // Assess
    expect(error).toMatchObject({ name: expected });
    const started = table.get(OLD);
    if (step !== 'record-incident') expect(started?.status).toBe('IN_PROGRESS');
  });

  it('stops at the step that failed: nothing after a failed termination is launched', async () => {
    // Prepare
    failEc2('TerminateInstances', 'IncorrectInstanceState');

    // Act
    await runUntil('terminate');

    // Assess
    expect(ec2.callsOf('RunInstances')).toEqual([]);
    expect(table.get(OLD)?.step).toBe('CAPTURED');
  });

  it('fails the poll at once when the replacement terminated', async () => {
    // Prepare
    answerInstance(NEW, { instanceId: NEW, instanceState: { name: 'terminated' } });

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
