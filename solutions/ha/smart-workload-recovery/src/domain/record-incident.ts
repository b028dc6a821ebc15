/** RecordIncident: decides whether an event starts a recovery, and records it exactly once. */
import { InstanceNotFoundError } from '@fsxn-s3ap/shared/fleet';
import { parseIncidentEvent } from './incident-event';
import type { IncidentRef, StepContext } from './step-context';

/** RECOVER: a new incident was recorded; DUPLICATE: one exists for this instance; IGNORE: not a fault of a node. */
export type RecordAction = 'RECOVER' | 'DUPLICATE' | 'IGNORE';

/** What the state machine branches on. */
export interface RecordResult {
  action: RecordAction;
  reason: string;
  incident?: IncidentRef;
}

/**
 * Reads the event, checks the instance is a cluster node of this switcher's VPC, and writes the incident with a
 * conditional put keyed by the instance id: a second event about the same failure (its alarm and its shutdown, or
 * a redelivery) finds the record and does nothing.
 */
export async function recordIncident(event: unknown, executionId: string, context: StepContext): Promise<RecordResult> {
  const parsed = parseIncidentEvent(event);
  const { config, fleet } = context;
  if (!parsed.isFault) return { action: 'IGNORE', reason: `the ${parsed.trigger} event does not report a fault` };
  let instance: Awaited<ReturnType<typeof fleet.compute.describeInstance>>;
  try {
    instance = await fleet.compute.describeInstance(parsed.instanceId);
  } catch (error) {
    if (error instanceof InstanceNotFoundError)
      return { action: 'IGNORE', reason: `${parsed.instanceId} no longer exists` };
    throw error;
  }
  if (instance.vpcId !== config.vpcId) {
    return {
      action: 'IGNORE',
      reason: `${instance.instanceId} is in ${instance.vpcId ?? 'no VPC'}, not ${config.vpcId}`,
    };
  }
  if (!Object.hasOwn(instance.tags, config.clusterNodeTagKey)) {
    return { action: 'IGNORE', reason: `${instance.instanceId} has no ${config.clusterNodeTagKey} tag` };
  }
  const nodeId = instance.tags[config.clusterNodeTagKey] || '(empty)';
  const incident: IncidentRef = {
    incidentId: instance.instanceId,
    instanceId: instance.instanceId,
    nodeId,
    trigger: parsed.trigger,
    sourceAz: instance.availabilityZone ?? '',
  };
  const now = context.now().toISOString();
  const created = await fleet.incidents.create({
    ...incident,
    status: 'IN_PROGRESS',
    step: 'RECORDED',
    instanceState: instance.state,
    sourceSubnetId: instance.subnetId ?? null,
    originalSecurityGroupIds: instance.securityGroupIds,
    eventId: parsed.eventId,
    eventTime: parsed.eventTime,
    executionId,
    createdAt: now,
    updatedAt: now,
  });
  if (!created) return { action: 'DUPLICATE', reason: `an incident for ${instance.instanceId} is already recorded` };
  return { action: 'RECOVER', reason: `${parsed.trigger} on node ${nodeId}`, incident };
}
