/** RecordOutcome and RecordFailure: the incident's final status. */
import type { IncidentRecord } from '@fsxn-s3ap/shared/fleet';
import type { IncidentRef, StepContext } from './step-context';

/** The recovered incident, as the notification reports it. */
export interface RecoveryOutcome {
  incidentId: string;
  nodeId: string;
  status: 'RECOVERED';
  failedInstanceId: string;
  replacementInstanceId: string;
  sourceAz: string;
  targetAz: string;
  startedAt: string;
  recoveredAt: string;
}

/** Marks the incident RECOVERED. */
export async function recordOutcome(
  incident: IncidentRef,
  replacement: { instanceId: string; availabilityZone: string },
  context: StepContext,
): Promise<RecoveryOutcome> {
  const recoveredAt = context.now().toISOString();
  const record = await context.fleet.incidents.update(incident.incidentId, {
    status: 'RECOVERED',
    step: 'RECOVERED',
    recoveredAt,
    updatedAt: recoveredAt,
  });
  return {
    incidentId: incident.incidentId,
    nodeId: incident.nodeId,
    status: 'RECOVERED',
    failedInstanceId: incident.instanceId,
    replacementInstanceId: replacement.instanceId,
    sourceAz: incident.sourceAz,
    targetAz: replacement.availabilityZone,
    startedAt: typeof record.createdAt === 'string' ? record.createdAt : recoveredAt,
    recoveredAt,
  };
}

/** Where a recovery stopped and why, as the Catch path hands it over. */
export interface FailureReport {
  failedStep: string;
  error: string;
  cause: string;
}

/**
 * Marks the incident FAILED with the state that failed, the error, and the last step it completed, so an operator
 * can finish by hand (the failed instance may be quarantined, terminated, or already replaced).
 */
export async function recordFailure(
  incidentId: string,
  failure: FailureReport,
  context: StepContext,
): Promise<IncidentRecord> {
  const now = context.now().toISOString();
  return context.fleet.incidents.update(incidentId, {
    status: 'FAILED',
    failedStep: failure.failedStep,
    error: failure.error,
    cause: failure.cause.slice(0, 2000),
    failedAt: now,
    updatedAt: now,
  });
}
