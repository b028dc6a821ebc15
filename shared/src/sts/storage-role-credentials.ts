import { AssumeRoleCommand, type AssumeRoleCommandOutput, STSClient } from '@aws-sdk/client-sts';
import { AccessDeniedError, ConfigError, errorMessage, FsxnError, isThrottlingError, ThrottlingError } from '../errors';
import { createAwsClient } from '../observability/aws-client';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, StorageRoleCredentialsOptions } from './types';
import { isRoleArn, isValidExternalId, isValidSessionName } from './validation';

const DEFAULT_SESSION_NAME = 'fsxn-s3ap-storage';
const DEFAULT_DURATION_SECONDS = 3600;
const DEFAULT_REFRESH_BEFORE_MS = 5 * 60 * 1000;

interface Settings {
  roleArn: string;
  externalId: string;
  sessionName: string;
  durationSeconds: number;
  refreshBeforeMs: number;
}

function settingsOf(options: StorageRoleCredentialsOptions): Settings {
  const { roleArn, externalId } = options;
  const sessionName = options.sessionName ?? DEFAULT_SESSION_NAME;
  const durationSeconds = options.durationSeconds ?? DEFAULT_DURATION_SECONDS;
  const refreshBeforeMs = options.refreshBeforeMs ?? DEFAULT_REFRESH_BEFORE_MS;
  if (!isRoleArn(roleArn)) throw new ConfigError(`Storage role ARN "${roleArn}" is not an IAM role ARN`);
  // The External ID is a shared secret: the message states the rule, never the value.
  if (!isValidExternalId(externalId)) {
    throw new ConfigError('Storage role External ID must be 10-128 characters of [A-Za-z0-9_.-]');
  }
  if (!isValidSessionName(sessionName)) {
    throw new ConfigError(`Role session name "${sessionName}" must be 2-64 characters of [A-Za-z0-9_+=,.@-]`);
  }
  if (!Number.isInteger(durationSeconds) || durationSeconds < 900 || durationSeconds > 43200) {
    throw new ConfigError(`durationSeconds must be an integer within [900, 43200], got ${durationSeconds}`);
  }
  if (!Number.isFinite(refreshBeforeMs) || refreshBeforeMs < 0 || refreshBeforeMs >= durationSeconds * 1000) {
    throw new ConfigError(`refreshBeforeMs must be >= 0 and shorter than the session, got ${refreshBeforeMs}`);
  }
  return { roleArn, externalId, sessionName, durationSeconds, refreshBeforeMs };
}

function translateError(error: unknown, roleArn: string): Error {
  const name = error instanceof Error ? error.name : '';
  if (name === 'AccessDenied' || name === 'AccessDeniedException') {
    return new AccessDeniedError(
      `AssumeRole on ${roleArn} was denied. Check that the role's trust policy names this workload role, that its ` +
        'sts:ExternalId condition equals STORAGE_ROLE_EXTERNAL_ID, and that this role may call sts:AssumeRole on it',
      { cause: error },
    );
  }
  if (isThrottlingError(error)) return new ThrottlingError(`AssumeRole on ${roleArn} was throttled`, { cause: error });
  return error instanceof Error ? error : new FsxnError(`AssumeRole on ${roleArn} failed: ${errorMessage(error)}`);
}

async function assumeRole(client: STSClient, settings: Settings): Promise<AwsCredentialIdentity> {
  let output: AssumeRoleCommandOutput;
  try {
    output = await client.send(
      new AssumeRoleCommand({
        RoleArn: settings.roleArn,
        ExternalId: settings.externalId,
        RoleSessionName: settings.sessionName,
        DurationSeconds: settings.durationSeconds,
      }),
    );
  } catch (error) {
    throw translateError(error, settings.roleArn);
  }
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = output.Credentials ?? {};
  if (!AccessKeyId || !SecretAccessKey || !SessionToken) {
    throw new FsxnError(`AssumeRole on ${settings.roleArn} returned no credentials`);
  }
  // Without an expiration the cache could never tell when to refresh, so such an answer is refused.
  if (!(Expiration instanceof Date) || Number.isNaN(Expiration.getTime())) {
    throw new FsxnError(`AssumeRole on ${settings.roleArn} returned credentials without an expiration`);
  }
  return {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: SessionToken,
    expiration: Expiration,
  };
}

/**
 * A credential provider for the storage-account role: it assumes `roleArn` with the External ID, caches the
 * session, and assumes the role again once the cached session is within `refreshBeforeMs` of expiring.
 * Concurrent callers share one in-flight AssumeRole; a failed call is not cached, so the next call retries.
 * @example new S3Client({ credentials: createStorageRoleCredentials({ roleArn, externalId }) })
 */
export function createStorageRoleCredentials(options: StorageRoleCredentialsOptions): AwsCredentialIdentityProvider {
  const settings = settingsOf(options);
  const client = options.client ?? createAwsClient(STSClient, {});
  let cached: AwsCredentialIdentity | undefined;
  let inFlight: Promise<AwsCredentialIdentity> | undefined;

  const isFresh = (credentials: AwsCredentialIdentity): boolean =>
    credentials.expiration !== undefined && credentials.expiration.getTime() - settings.refreshBeforeMs > Date.now();

  return async () => {
    if (cached !== undefined && isFresh(cached)) return cached;
    if (inFlight === undefined) {
      inFlight = assumeRole(client, settings)
        .then((credentials) => {
          cached = credentials;
          return credentials;
        })
        .finally(() => {
          inFlight = undefined;
        });
    }
    return inFlight;
  };
}
