/** QuarantineInstance, CaptureLaunchTemplate and TerminateInstance: the failed instance's last three steps. */
import { RecoveryEventError } from '../errors';
import { captureTemplate } from './launch-template';
import { type IncidentRef, markStep, type StepContext } from './step-context';

/** Where the failed instance was registered, so the replacement takes its place. */
export interface CapturedTarget {
  targetGroupArn: string;
  port?: number;
}

/** Isolates the instance: its only security group becomes the blackhole group, which allows no traffic. */
export async function quarantineInstance(
  incident: IncidentRef,
  context: StepContext,
): Promise<{ securityGroupIds: string[] }> {
  const groups = [context.config.blackholeSecurityGroupId];
  await context.fleet.compute.setSecurityGroups(incident.instanceId, groups);
  await markStep(context, incident.incidentId, 'QUARANTINED');
  return { securityGroupIds: groups };
}

/**
 * Records what the replacement inherits (AMI, type, key pair, the security groups from before the quarantine, tags,
 * instance profile, user data) in the incident, and where the instance was a load balancer target. User data stays
 * in the table: it can hold secrets and never enters the state machine's history.
 */
export async function captureLaunchTemplate(
  incident: IncidentRef,
  context: StepContext,
): Promise<{
  imageId: string;
  instanceType: string;
  tagCount: number;
  hasUserData: boolean;
  targets: CapturedTarget[];
}> {
  const { fleet, config } = context;
  const record = await fleet.incidents.get(incident.incidentId);
  const groups = record?.originalSecurityGroupIds;
  if (!Array.isArray(groups)) throw new RecoveryEventError(`Incident ${incident.incidentId} holds no security groups`);
  const instance = await fleet.compute.describeInstance(incident.instanceId);
  const template = captureTemplate(instance, groups, await fleet.compute.getUserData(incident.instanceId));
  const targets: CapturedTarget[] = [];
  for (const targetGroupArn of config.targetGroupArns) {
    for (const target of await fleet.targets.listTargets(targetGroupArn)) {
      if (target.id !== incident.instanceId) continue;
      targets.push(target.port === undefined ? { targetGroupArn } : { targetGroupArn, port: target.port });
    }
  }
  await markStep(context, incident.incidentId, 'CAPTURED', {
    launchTemplate: JSON.stringify(template),
    capturedTargets: JSON.stringify(targets),
  });
  return {
    imageId: template.imageId,
    instanceType: template.instanceType,
    tagCount: Object.keys(template.tags).length,
    hasUserData: template.userData !== undefined,
    targets,
  };
}

/** Terminates the quarantined instance; the replacement is launched next, in another zone. */
export async function terminateFailedInstance(
  incident: IncidentRef,
  context: StepContext,
): Promise<{ terminated: string }> {
  await context.fleet.compute.terminateInstance(incident.instanceId);
  await markStep(context, incident.incidentId, 'TERMINATED');
  return { terminated: incident.instanceId };
}
