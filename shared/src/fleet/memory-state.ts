/** The JSON state of the in-memory fleet, and its validation (demo data is read from a file). */
import { ValidationError } from '../errors';
import type { IncidentRecord, InstanceDetails, MetricAlarmSpec, SubnetSummary, TargetRef } from './types';

/** An instance of the in-memory fleet: its details, user data, and how many more reads it stays `pending`. */
export interface MemoryInstance extends InstanceDetails {
  userData?: string;
  pendingReads?: number;
}

/** Everything the in-memory fleet holds; plain JSON, so it can be persisted between Lambda invocations. */
export interface MemoryFleetState {
  instances: MemoryInstance[];
  subnets: SubnetSummary[];
  /** Targets by target group ARN. */
  targetGroups: Record<string, TargetRef[]>;
  /** Alarms by name. */
  alarms: Record<string, MetricAlarmSpec>;
  /** Incidents by id. */
  incidents: Record<string, IncidentRecord>;
  /** Instance ids by RunInstances client token. */
  launchTokens: Record<string, string>;
  /** Instances launched so far; feeds the ids of new instances. */
  launchCount: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new ValidationError(`Fleet state: ${what} must be an array`);
  return value;
}

function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw new ValidationError(`Fleet state: ${what} must be a string`);
  return value;
}

function checkInstance(value: unknown, index: number): MemoryInstance {
  if (!isRecord(value)) throw new ValidationError(`Fleet state: instances[${index}] must be an object`);
  requireString(value.instanceId, `instances[${index}].instanceId`);
  requireString(value.state, `instances[${index}].state`);
  requireArray(value.securityGroupIds, `instances[${index}].securityGroupIds`);
  if (!isRecord(value.tags)) throw new ValidationError(`Fleet state: instances[${index}].tags must be an object`);
  return value as unknown as MemoryInstance;
}

function checkSubnet(value: unknown, index: number): SubnetSummary {
  if (!isRecord(value)) throw new ValidationError(`Fleet state: subnets[${index}] must be an object`);
  for (const key of ['subnetId', 'vpcId', 'availabilityZone']) requireString(value[key], `subnets[${index}].${key}`);
  if (!isRecord(value.tags)) throw new ValidationError(`Fleet state: subnets[${index}].tags must be an object`);
  return value as unknown as SubnetSummary;
}

/**
 * Validates a fleet state read from JSON (for example `demo-data/fleet.json`); missing maps default to empty.
 * Throws ValidationError naming the first malformed field.
 */
export function parseMemoryFleetState(value: unknown): MemoryFleetState {
  if (!isRecord(value)) throw new ValidationError('Fleet state must be a JSON object');
  const map = <T>(field: string): Record<string, T> => {
    const entry = value[field];
    if (entry === undefined) return {};
    if (!isRecord(entry)) throw new ValidationError(`Fleet state: ${field} must be an object`);
    return entry as Record<string, T>;
  };
  const launchCount = value.launchCount ?? 0;
  if (typeof launchCount !== 'number' || !Number.isInteger(launchCount) || launchCount < 0) {
    throw new ValidationError('Fleet state: launchCount must be a non-negative integer');
  }
  return {
    instances: requireArray(value.instances, 'instances').map(checkInstance),
    subnets: requireArray(value.subnets ?? [], 'subnets').map(checkSubnet),
    targetGroups: map<TargetRef[]>('targetGroups'),
    alarms: map<MetricAlarmSpec>('alarms'),
    incidents: map<IncidentRecord>('incidents'),
    launchTokens: map<string>('launchTokens'),
    launchCount,
  };
}
