/** The server's configuration, from the task definition's environment. */
import { type Env, intEnv, optionalEnv, requireEnv } from '@fsxn-s3ap/shared/config';

export interface ServerConfig {
  queueUrl: string;
  port: number;
  host: string;
  idleTimeoutMs: number;
  lingerMs: number;
}

/** Parses the environment; a missing or malformed variable throws a ConfigError naming it. */
export function loadServerConfig(env: Env = process.env): ServerConfig {
  return {
    queueUrl: requireEnv('SQS_QUEUE_URL', env),
    port: intEnv('FPOLICY_PORT', { fallback: 9898, min: 1, max: 65_535 }, env),
    host: optionalEnv('FPOLICY_HOST', '0.0.0.0', env),
    idleTimeoutMs: intEnv('IDLE_TIMEOUT_SECONDS', { fallback: 300, min: 130 }, env) * 1000,
    lingerMs: intEnv('BATCH_LINGER_MS', { fallback: 5, min: 0, max: 1000 }, env),
  };
}
