/**
 * The Fleet port (EC2 instances and subnets, load balancer targets, CloudWatch alarms, the DynamoDB incident table)
 * with its AWS adapters (SDK clients, and the kernel's own EC2 Query client) and a deterministic in-memory adapter
 * for tests and DemoMode.
 */
export { CloudWatchFleetAlarms } from './cloudwatch-alarms';
export { createSdkFleet, type SdkFleetOptions } from './create-sdk-fleet';
export { DynamoDbIncidentStore, type DynamoDbIncidentStoreOptions } from './dynamodb-incident-store';
export { Ec2FleetCompute } from './ec2-compute';
export {
  type Ec2Api,
  Ec2QueryClient,
  type Ec2QueryOptions,
  Ec2ServiceError,
  ec2Endpoint,
  type QueryRequestHandler,
} from './ec2-query';
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
