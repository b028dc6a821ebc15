/** The switcher's configuration, read from the environment once per execution environment. */
import { type Env, enumEnv, intEnv, listEnv, numberEnv, optionalEnv, requireEnv } from '@fsxn-s3ap/shared/config';
import { ConfigError } from '@fsxn-s3ap/shared/errors';

/** Comparisons a per-instance application-fault alarm may use. */
export const COMPARISONS = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
] as const;

/** The application-fault alarm: a metric the CloudWatch agent publishes per instance. */
export interface AppFaultMetric {
  namespace: string;
  metricName: string;
  /** Dimensions besides `InstanceId`. */
  dimensions: Record<string, string>;
  comparison: (typeof COMPARISONS)[number];
  threshold: number;
}

/** What the template passes to the switcher (see Globals.Function.Environment). */
export interface RecoveryConfig {
  vpcId: string;
  clusterNodeTagKey: string;
  subnetTagKey: string;
  /** When set, a subnet qualifies only with this tag value. */
  subnetTagValue: string | undefined;
  blackholeSecurityGroupId: string;
  targetGroupArns: string[];
  alarmNamePrefix: string;
  appFault: AppFaultMetric;
  pollIntervalSeconds: number;
  maxPollAttempts: number;
  incidentTableName: string;
}

/** Parses `k=v,k2=v2`; ConfigError naming the variable on a malformed pair. */
export function parseDimensions(name: string, env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of listEnv(name, [], env)) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1)
      throw new ConfigError(`Environment variable ${name}: "${pair}" is not NAME=VALUE`);
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

/** Parses the environment; a missing or malformed variable throws a ConfigError naming it. */
export function loadConfig(env: Env = process.env): RecoveryConfig {
  return {
    vpcId: requireEnv('VPC_ID', env),
    clusterNodeTagKey: requireEnv('CLUSTER_NODE_TAG_KEY', env),
    subnetTagKey: requireEnv('SUBNET_TAG_KEY', env),
    subnetTagValue: optionalEnv('SUBNET_TAG_VALUE', undefined, env),
    blackholeSecurityGroupId: requireEnv('BLACKHOLE_SECURITY_GROUP_ID', env),
    targetGroupArns: listEnv('TARGET_GROUP_ARNS', [], env),
    alarmNamePrefix: requireEnv('ALARM_NAME_PREFIX', env),
    appFault: {
      namespace: optionalEnv('APP_FAULT_NAMESPACE', 'CWAgent', env),
      metricName: requireEnv('APP_FAULT_METRIC_NAME', env),
      dimensions: parseDimensions('APP_FAULT_DIMENSIONS', env),
      comparison: enumEnv('APP_FAULT_COMPARISON', COMPARISONS, 'GreaterThanOrEqualToThreshold', env),
      threshold: numberEnv('APP_FAULT_THRESHOLD', { fallback: 1 }, env),
    },
    pollIntervalSeconds: intEnv('POLL_INTERVAL_SECONDS', { fallback: 15, min: 1, max: 300 }, env),
    maxPollAttempts: intEnv('MAX_POLL_ATTEMPTS', { fallback: 40, min: 1, max: 1000 }, env),
    incidentTableName: requireEnv('INCIDENT_TABLE_NAME', env),
  };
}
