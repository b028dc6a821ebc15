/** Routes one switcher invocation (`{ step, ... }`) to its step. */
import { RecoveryEventError } from '../errors';
import type { CapturedTarget } from './instance-steps';
import { captureLaunchTemplate, quarantineInstance, terminateFailedInstance } from './instance-steps';
import { recordFailure, recordOutcome } from './outcome-steps';
import { recordIncident } from './record-incident';
import { checkReplacement, launchReplacement, type PollState } from './replacement-steps';
import { parseIncidentRef, type StepContext, stringField } from './step-context';
import { recreateAlarms, switchTargets, syncAlarms } from './traffic-steps';

/** Every step the switcher runs; the state machine names one in each Task's payload. */
export const STEPS = [
  'record-incident',
  'quarantine',
  'capture',
  'terminate',
  'launch',
  'check-replacement',
  'switch-targets',
  'recreate-alarms',
  'record-outcome',
  'record-failure',
  'sync-alarms',
] as const;

/** One of {@link STEPS}. */
export type StepName = (typeof STEPS)[number];

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RecoveryEventError(`Step input: ${what} must be an object`);
  }
  return value as Record<string, unknown>;
}

function parsePoll(value: unknown): PollState {
  const poll = record(value, 'poll');
  const numbers = ['attempts', 'maxAttempts', 'intervalSeconds'].map((key) => poll[key]);
  if (numbers.some((entry) => typeof entry !== 'number' || !Number.isInteger(entry) || entry < 0)) {
    throw new RecoveryEventError('Step input: poll needs integer attempts, maxAttempts and intervalSeconds');
  }
  const [attempts, maxAttempts, intervalSeconds] = numbers as number[];
  return {
    state: String(poll.state ?? 'pending'),
    attempts: attempts ?? 0,
    maxAttempts: maxAttempts ?? 0,
    intervalSeconds: intervalSeconds ?? 0,
  };
}

function parseTargets(value: unknown): CapturedTarget[] {
  if (!Array.isArray(value)) throw new RecoveryEventError('Step input: targets must be an array');
  return value.map((entry) => {
    const target = record(entry, 'targets[]');
    const targetGroupArn = stringField(target, 'targetGroupArn');
    return typeof target.port === 'number' ? { targetGroupArn, port: target.port } : { targetGroupArn };
  });
}

function failureOf(input: Record<string, unknown>) {
  const failure = record(input.failure, 'failure');
  const error =
    typeof failure.error === 'object' && failure.error !== null ? (failure.error as Record<string, unknown>) : {};
  return {
    failedStep: stringField(failure, 'failedStep'),
    error: typeof error.Error === 'string' ? error.Error : 'Unknown',
    cause: typeof error.Cause === 'string' ? error.Cause : '',
  };
}

/** Runs the step `event.step` names; RecoveryEventError on an unknown step or a malformed input. */
export async function runStep(event: unknown, context: StepContext): Promise<unknown> {
  const input = record(event, 'the event');
  const step = input.step as StepName;
  switch (step) {
    case 'record-incident':
      return recordIncident(input.event, typeof input.executionId === 'string' ? input.executionId : 'direct', context);
    case 'quarantine':
      return quarantineInstance(parseIncidentRef(input), context);
    case 'capture':
      return captureLaunchTemplate(parseIncidentRef(input), context);
    case 'terminate':
      return terminateFailedInstance(parseIncidentRef(input), context);
    case 'launch':
      return launchReplacement(parseIncidentRef(input), context);
    case 'check-replacement':
      return checkReplacement(stringField(input, 'instanceId'), parsePoll(input.poll), context);
    case 'switch-targets':
      return switchTargets(
        parseIncidentRef(input),
        stringField(input, 'replacementId'),
        parseTargets(input.targets),
        context,
      );
    case 'recreate-alarms':
      return recreateAlarms(parseIncidentRef(input), stringField(input, 'replacementId'), context);
    case 'record-outcome': {
      const replacement = record(input.replacement, 'replacement');
      const target = {
        instanceId: stringField(replacement, 'instanceId'),
        availabilityZone: stringField(replacement, 'availabilityZone'),
      };
      return recordOutcome(parseIncidentRef(input), target, context);
    }
    case 'record-failure':
      return recordFailure(stringField(input, 'incidentId'), failureOf(input), context);
    case 'sync-alarms':
      return syncAlarms(context);
    default:
      throw new RecoveryEventError(`Unknown step "${String(input.step)}"; expected one of ${STEPS.join(', ')}`);
  }
}
