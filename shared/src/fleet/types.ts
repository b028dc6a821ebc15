/** Shapes the {@link Fleet} port speaks: instances, subnets, launch requests, load balancer targets, alarms, incidents. */

/** What the recovery needs to know about one EC2 instance. */
export interface InstanceDetails {
  instanceId: string;
  /** EC2 state name: pending, running, shutting-down, terminated, stopping, stopped. */
  state: string;
  vpcId?: string;
  subnetId?: string;
  availabilityZone?: string;
  imageId?: string;
  instanceType?: string;
  keyName?: string;
  securityGroupIds: string[];
  tags: Record<string, string>;
  iamInstanceProfileArn?: string;
}

/** A subnet a replacement instance may be launched into. */
export interface SubnetSummary {
  subnetId: string;
  vpcId: string;
  availabilityZone: string;
  tags: Record<string, string>;
}

/** Everything RunInstances needs to launch a replacement instance. */
export interface LaunchSpec {
  imageId: string;
  instanceType: string;
  subnetId: string;
  securityGroupIds: string[];
  keyName?: string;
  iamInstanceProfileArn?: string;
  /** Base64-encoded user data, as DescribeInstanceAttribute returns it. */
  userData?: string;
  tags: Record<string, string>;
  /** Idempotency token: a retried launch with the same token returns the same instance. At most 64 ASCII characters. */
  clientToken: string;
}

/** A load balancer target: an instance id and, when registered on a non-default port, that port. */
export interface TargetRef {
  id: string;
  port?: number;
}

/** A CloudWatch metric alarm on one metric with fixed dimensions. */
export interface MetricAlarmSpec {
  alarmName: string;
  description: string;
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  statistic: 'Average' | 'Maximum' | 'Minimum' | 'Sum' | 'SampleCount';
  periodSeconds: number;
  evaluationPeriods: number;
  threshold: number;
  comparison:
    | 'GreaterThanOrEqualToThreshold'
    | 'GreaterThanThreshold'
    | 'LessThanThreshold'
    | 'LessThanOrEqualToThreshold';
  treatMissingData: 'breaching' | 'notBreaching' | 'ignore' | 'missing';
  alarmActions?: string[];
}

/** A value an incident record may hold. */
export type IncidentValue = string | number | boolean | string[] | null;

/** One incident item: its key and flat attributes. */
export interface IncidentRecord {
  incidentId: string;
  [attribute: string]: IncidentValue;
}
