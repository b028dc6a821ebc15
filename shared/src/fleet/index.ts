/**
 * The Fleet port (EC2 instances and subnets, load balancer targets, CloudWatch alarms, the DynamoDB incident table)
 * with its AWS SDK adapters and a deterministic in-memory adapter for tests and DemoMode.
 */
export { CloudWatchFleetAlarms } from './cloudwatch-alarms';
export { createSdkFleet, type SdkFleetOptions } from './create-sdk-fleet';
export { DynamoDbIncidentStore, type DynamoDbIncidentStoreOptions } from './dynamodb-incident-store';
export { Ec2FleetCompute, tagMap } from './ec2-compute';
export { Elbv2FleetTargets } from './elbv2-targets';
export {
  callFleet,
  FleetErrorName,
  FleetOperationError,
  InstanceNotFoundError,
  toFleetError,
} from './errors';
export {
  DynamoDbFleetStateStore,
  type DynamoDbFleetStateStoreOptions,
  type FleetStateStore,
} from './fleet-state-store';
export { emptyFleetState, MemoryFleet } from './memory-fleet';
export { type MemoryFleetState, type MemoryInstance, parseMemoryFleetState } from './memory-state';
export type { Fleet, FleetAlarms, FleetCompute, FleetTargets, IncidentStore } from './ports';
export type {
  IncidentRecord,
  IncidentValue,
  InstanceDetails,
  LaunchSpec,
  MetricAlarmSpec,
  SubnetSummary,
  TargetRef,
} from './types';
