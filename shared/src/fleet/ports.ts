/** The Fleet port: the EC2, Elastic Load Balancing, CloudWatch and DynamoDB operations an instance recovery needs. */
import type {
  IncidentRecord,
  IncidentValue,
  InstanceDetails,
  LaunchSpec,
  MetricAlarmSpec,
  SubnetSummary,
  TargetRef,
} from './types';

/** EC2 instances and subnets. */
export interface FleetCompute {
  /** The instance; `InstanceNotFoundError` when EC2 does not know it. */
  describeInstance(instanceId: string): Promise<InstanceDetails>;
  /** Instances of `vpcId` carrying the tag key `tagKey`, in one of `states` (every state when omitted). */
  findInstances(filter: { vpcId: string; tagKey: string; states?: readonly string[] }): Promise<InstanceDetails[]>;
  /** The instance's user data, base64-encoded; undefined when it has none. */
  getUserData(instanceId: string): Promise<string | undefined>;
  /** Replaces every security group of the instance's primary interface with `groupIds`. */
  setSecurityGroups(instanceId: string, groupIds: readonly string[]): Promise<void>;
  /** Terminates the instance. */
  terminateInstance(instanceId: string): Promise<void>;
  /** Subnets of `vpcId` tagged `tagKey` (with the value `tagValue` when given). */
  findSubnets(filter: { vpcId: string; tagKey: string; tagValue?: string }): Promise<SubnetSummary[]>;
  /** Launches one instance and returns its id; the same `clientToken` returns the same instance. */
  launchInstance(spec: LaunchSpec): Promise<string>;
}

/** Elastic Load Balancing v2 target groups. */
export interface FleetTargets {
  listTargets(targetGroupArn: string): Promise<TargetRef[]>;
  registerTargets(targetGroupArn: string, targets: readonly TargetRef[]): Promise<void>;
  deregisterTargets(targetGroupArn: string, targets: readonly TargetRef[]): Promise<void>;
}

/** CloudWatch metric alarms. */
export interface FleetAlarms {
  /** Creates or replaces the alarm. */
  putAlarm(alarm: MetricAlarmSpec): Promise<void>;
  /** Deletes the alarms; names that do not exist are ignored. */
  deleteAlarms(alarmNames: readonly string[]): Promise<void>;
}

/** The incident table (DynamoDB): at most one record per incident id. */
export interface IncidentStore {
  /** Writes `record` only when no record with its id exists; false (and no write) when one does. */
  create(record: IncidentRecord): Promise<boolean>;
  /** The record, or undefined. */
  get(incidentId: string): Promise<IncidentRecord | undefined>;
  /** Sets `changes` on an existing record and returns the record after the change; ValidationError when absent. */
  update(incidentId: string, changes: Readonly<Record<string, IncidentValue>>): Promise<IncidentRecord>;
}

/** Everything an instance recovery touches, behind one port: an SDK adapter in AWS, an in-memory one in tests/demo. */
export interface Fleet {
  compute: FleetCompute;
  targets: FleetTargets;
  alarms: FleetAlarms;
  incidents: IncidentStore;
}
