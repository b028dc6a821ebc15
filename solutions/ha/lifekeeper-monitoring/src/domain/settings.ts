/** This pattern's own settings, read from the environment once per execution environment. */
import { type Env, enumEnv, intEnv, requireEnv } from '@fsxn-s3ap/shared/config';
import { loadKitSettings } from '@fsxn-s3ap/shared/workflow';
import { SEVERITIES, type Severity } from './classify';

/** What the log analysis and the health assessment read besides the kit's settings. */
export interface MonitoringSettings {
  /** The listing prefix (INPUT_PREFIX): its own words never classify a log. */
  inputPrefix: string;
  /** Logs larger than this are read as a head and a tail window. */
  readCapBytes: number;
  /** The cluster's name, safe in an output key. */
  clusterName: string;
  /** The lowest severity that alerts (HEALTHY LOW, WARNING MEDIUM, DEGRADED HIGH, CRITICAL CRITICAL). */
  alertSeverity: Severity;
}

/** Parses the environment; a missing or malformed variable throws a ConfigError naming it. */
export function loadMonitoringSettings(env: Env = process.env): MonitoringSettings {
  return {
    inputPrefix: loadKitSettings(env).inputPrefix,
    readCapBytes: intEnv('READ_CAP_BYTES', { fallback: 102_400, min: 1024, max: 10_485_760 }, env),
    clusterName: requireEnv('CLUSTER_NAME', env).replace(/[^A-Za-z0-9._-]/g, '-'),
    alertSeverity: enumEnv('FAILOVER_ALERT_SEVERITY', SEVERITIES, 'CRITICAL', env),
  };
}
