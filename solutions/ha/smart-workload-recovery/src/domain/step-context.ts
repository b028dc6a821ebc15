/** What every switcher step works with, and the incident summary the state machine carries between steps. */
import type { Fleet } from '@fsxn-s3ap/shared/fleet';
import type { RecoveryConfig } from '../config';
import { RecoveryEventError } from '../errors';
import type { RecoveryTrigger } from './incident-event';

/** Ports and settings of a step. */
export interface StepContext {
  fleet: Fleet;
  config: RecoveryConfig;
  now: () => Date;
}

/** The incident as the state machine carries it (`$.incident`); details stay in the incident table. */
export interface IncidentRef {
  incidentId: string;
  instanceId: string;
  nodeId: string;
  trigger: RecoveryTrigger;
  sourceAz: string;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw new RecoveryEventError(`Step input: ${field} must be a string`);
  return value;
}

/** Reads `input.incident`; RecoveryEventError when it is missing or malformed. */
export function parseIncidentRef(input: Record<string, unknown>): IncidentRef {
  const value = input.incident;
  if (typeof value !== 'object' || value === null) throw new RecoveryEventError('Step input: incident is missing');
  const ref = value as Record<string, unknown>;
  return {
    incidentId: text(ref.incidentId, 'incident.incidentId'),
    instanceId: text(ref.instanceId, 'incident.instanceId'),
    nodeId: text(ref.nodeId, 'incident.nodeId'),
    trigger: text(ref.trigger, 'incident.trigger') as RecoveryTrigger,
    sourceAz: text(ref.sourceAz, 'incident.sourceAz'),
  };
}

/** Reads a required string field of a step input. */
export function stringField(input: Record<string, unknown>, field: string): string {
  return text(input[field], field);
}

/** Marks the incident as having completed `step` (so a failure later shows where the recovery stood). */
export async function markStep(
  context: StepContext,
  incidentId: string,
  step: string,
  extra: Record<string, string | number | boolean | string[] | null> = {},
): Promise<void> {
  await context.fleet.incidents.update(incidentId, { ...extra, step, updatedAt: context.now().toISOString() });
}
