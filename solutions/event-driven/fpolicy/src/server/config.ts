/** The server's configuration, from the task definition's environment. */
import { type Env, intEnv, optionalEnv, requireEnv } from '@fsxn-s3ap/shared/config';

export interface ServerConfig {
  queueUrl: string;
  /** SQS endpoint override (the local emulator); the SDK's default endpoint when unset. */
  sqsEndpoint: string | undefined;
  port: number;
  host: string;
  idleTimeoutMs: number;
  lingerMs: number;
  maxConnections: number;
  pendingBudgetBytes: number;
  frameTimeoutMs: number;
  handshakeTimeoutMs: number;
  sqsConnectTimeoutMs: number;
  sqsRequestTimeoutMs: number;
  retryBudgetMs: number;
  maxQueuedEvents: number;
  journalDir: string;
  journalMaxBytes: number;
  journalStaleMs: number;
  drainDeadlineMs: number;
}

const MIB = 1024 * 1024;

/** Parses the environment; a missing or malformed variable throws a ConfigError naming it. */
export function loadServerConfig(env: Env = process.env): ServerConfig {
  const seconds = (name: string, fallback: number, min: number, max: number) =>
    intEnv(name, { fallback, min, max }, env) * 1000;
  return {
    queueUrl: requireEnv('SQS_QUEUE_URL', env),
    sqsEndpoint: optionalEnv('SQS_ENDPOINT_URL', undefined, env),
    port: intEnv('FPOLICY_PORT', { fallback: 9898, min: 0, max: 65_535 }, env),
    host: optionalEnv('FPOLICY_HOST', '0.0.0.0', env),
    idleTimeoutMs: seconds('IDLE_TIMEOUT_SECONDS', 300, 130, 86_400),
    lingerMs: intEnv('BATCH_LINGER_MS', { fallback: 5, min: 0, max: 1000 }, env),
    maxConnections: intEnv('MAX_CONNECTIONS', { fallback: 64, min: 1, max: 10_000 }, env),
    pendingBudgetBytes: intEnv('PENDING_BUDGET_MIB', { fallback: 32, min: 1, max: 4096 }, env) * MIB,
    frameTimeoutMs: seconds('FRAME_TIMEOUT_SECONDS', 30, 1, 3600),
    handshakeTimeoutMs: seconds('HANDSHAKE_TIMEOUT_SECONDS', 30, 1, 3600),
    sqsConnectTimeoutMs: intEnv('SQS_CONNECT_TIMEOUT_MS', { fallback: 3000, min: 100, max: 60_000 }, env),
    sqsRequestTimeoutMs: intEnv('SQS_REQUEST_TIMEOUT_MS', { fallback: 5000, min: 100, max: 120_000 }, env),
    retryBudgetMs: seconds('RETRY_BUDGET_SECONDS', 300, 1, 86_400),
    maxQueuedEvents: intEnv('MAX_QUEUED_EVENTS', { fallback: 50_000, min: 100, max: 10_000_000 }, env),
    journalDir: optionalEnv('JOURNAL_DIR', '/var/lib/fpolicy/journal', env),
    journalMaxBytes: intEnv('JOURNAL_MAX_MIB', { fallback: 1024, min: 1, max: 1_048_576 }, env) * MIB,
    journalStaleMs: seconds('JOURNAL_STALE_SECONDS', 60, 1, 86_400),
    drainDeadlineMs: seconds('DRAIN_DEADLINE_SECONDS', 20, 1, 110),
  };
}
