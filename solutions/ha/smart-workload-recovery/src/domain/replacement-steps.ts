/** LaunchReplacement and CheckReplacement: the new instance, in another zone, until it runs. */
import { ReplacementFailedError } from '../errors';
import { chooseSubnet } from './choose-subnet';
import { launchSpecFor, parseLaunchTemplate } from './launch-template';
import { type IncidentRef, markStep, type StepContext } from './step-context';

/** The poll state of the Wait loop: the ASL stops waiting when `attempts` reaches `maxAttempts`. */
export interface PollState {
  state: string;
  attempts: number;
  maxAttempts: number;
  intervalSeconds: number;
}

/** The replacement as the state machine carries it (`$.launch`). */
export interface LaunchResult {
  instanceId: string;
  subnetId: string;
  availabilityZone: string;
  poll: PollState;
}

const FAILED_STATES = new Set(['shutting-down', 'terminated', 'stopping', 'stopped']);

/**
 * Launches the replacement from the captured template into the tagged subnet chosen by {@link chooseSubnet}. The
 * client token is derived from the incident, so a retried launch returns the instance the first attempt started.
 */
export async function launchReplacement(incident: IncidentRef, context: StepContext): Promise<LaunchResult> {
  const { fleet, config } = context;
  const record = await fleet.incidents.get(incident.incidentId);
  const template = parseLaunchTemplate(record?.launchTemplate, incident.incidentId);
  const subnets = await fleet.compute.findSubnets({
    vpcId: config.vpcId,
    tagKey: config.subnetTagKey,
    ...(config.subnetTagValue === undefined ? {} : { tagValue: config.subnetTagValue }),
  });
  const tag =
    config.subnetTagValue === undefined ? config.subnetTagKey : `${config.subnetTagKey}=${config.subnetTagValue}`;
  const subnet = chooseSubnet(subnets, incident.sourceAz, tag);
  const instanceId = await fleet.compute.launchInstance(launchSpecFor(template, subnet, incident.instanceId));
  await markStep(context, incident.incidentId, 'LAUNCHED', {
    replacementInstanceId: instanceId,
    targetSubnetId: subnet.subnetId,
    targetAz: subnet.availabilityZone,
  });
  return {
    instanceId,
    subnetId: subnet.subnetId,
    availabilityZone: subnet.availabilityZone,
    poll: {
      state: 'pending',
      attempts: 0,
      maxAttempts: config.maxPollAttempts,
      intervalSeconds: config.pollIntervalSeconds,
    },
  };
}

/**
 * One poll of the replacement's state. Throws ReplacementFailedError when it stopped or terminated instead of
 * starting (waiting longer would not help); the attempt bound itself is the state machine's Choice.
 */
export async function checkReplacement(instanceId: string, poll: PollState, context: StepContext): Promise<PollState> {
  const instance = await context.fleet.compute.describeInstance(instanceId);
  if (FAILED_STATES.has(instance.state)) {
    throw new ReplacementFailedError(`Replacement ${instanceId} is ${instance.state} instead of running`);
  }
  return { ...poll, state: instance.state, attempts: poll.attempts + 1 };
}
