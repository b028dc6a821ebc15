/** The functions' configuration, read from the environment once per execution environment. */
import { type Env, enumEnv, intEnv, optionalEnv, requireEnv } from '@fsxn-s3ap/shared/config';
import { suffixesFromEnv } from '@fsxn-s3ap/shared/s3';
import { SEVERITIES, type Severity } from './domain/classify';

/** What the template passes to every function (see Globals.Function.Environment). */
export interface MonitoringConfig {
  inputAccessPoint: string;
  /** Where LifeKeeper writes its logs on the volume; default `lifekeeper/logs/`. */
  inputPrefix: string;
  suffixes: string[];
  maxObjects: number;
  mapConcurrency: number;
  clusterName: string;
  /** Logs larger than this are read as a head and a tail window. */
  readCapBytes: number;
  /** The lowest level severity that alerts (HEALTHY LOW, WARNING MEDIUM, DEGRADED HIGH, CRITICAL CRITICAL). */
  alertSeverity: Severity;
  snsTopicArn: string | undefined;
}

/** Parses the environment; a missing or malformed variable throws a ConfigError naming it. */
export function loadConfig(env: Env = process.env): MonitoringConfig {
  return {
    inputAccessPoint: requireEnv('INPUT_ACCESS_POINT', env),
    inputPrefix: optionalEnv('INPUT_PREFIX', 'lifekeeper/logs/', env),
    suffixes: suffixesFromEnv(env),
    maxObjects: intEnv('MAX_OBJECTS', { fallback: 50, min: 1 }, env),
    mapConcurrency: intEnv('MAP_CONCURRENCY', { fallback: 10, min: 1, max: 40 }, env),
    clusterName: requireEnv('CLUSTER_NAME', env).replace(/[^A-Za-z0-9._-]/g, '-'),
    readCapBytes: intEnv('READ_CAP_BYTES', { fallback: 102_400, min: 1024, max: 10_485_760 }, env),
    alertSeverity: enumEnv('FAILOVER_ALERT_SEVERITY', SEVERITIES, 'CRITICAL', env),
    snsTopicArn: optionalEnv('SNS_TOPIC_ARN', undefined, env),
  };
}
