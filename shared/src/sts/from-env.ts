import type { STSClient } from '@aws-sdk/client-sts';
import type { Env } from '../config';
import { ConfigError } from '../errors';
import { createStorageRoleCredentials } from './storage-role-credentials';
import type { AwsCredentialIdentityProvider } from './types';
import { isRoleArn, isValidExternalId } from './validation';

/** The variables {@link storageCredentialsFromEnv} reads. */
export const STORAGE_ROLE_ENV = {
  roleArn: 'STORAGE_ROLE_ARN',
  externalId: 'STORAGE_ROLE_EXTERNAL_ID',
} as const;

/**
 * Storage-role credentials configured by `STORAGE_ROLE_ARN` and `STORAGE_ROLE_EXTERNAL_ID`, or `undefined`
 * when `STORAGE_ROLE_ARN` is unset (same-account deployment: use the function's own role). Throws
 * {@link ConfigError} naming the variable when the ARN is malformed or the External ID is missing or breaks
 * the 10-128 `[A-Za-z0-9_.-]` rule; the External ID's value never appears in a message.
 */
export function storageCredentialsFromEnv(
  env: Env = process.env,
  options: { client?: STSClient; sessionName?: string } = {},
): AwsCredentialIdentityProvider | undefined {
  const roleArn = env[STORAGE_ROLE_ENV.roleArn]?.trim() ?? '';
  if (roleArn === '') return undefined;
  if (!isRoleArn(roleArn)) {
    throw new ConfigError(
      `Environment variable ${STORAGE_ROLE_ENV.roleArn} must be an IAM role ARN ` +
        `(arn:<partition>:iam::<account>:role/<name>), got "${roleArn}"`,
    );
  }
  const externalId = env[STORAGE_ROLE_ENV.externalId]?.trim() ?? '';
  if (externalId === '') {
    throw new ConfigError(
      `Environment variable ${STORAGE_ROLE_ENV.externalId} is required when ${STORAGE_ROLE_ENV.roleArn} is set`,
    );
  }
  if (!isValidExternalId(externalId)) {
    throw new ConfigError(
      `Environment variable ${STORAGE_ROLE_ENV.externalId} must be 10-128 characters of [A-Za-z0-9_.-] ` +
        `(got ${externalId.length} characters)`,
    );
  }
  return createStorageRoleCredentials({ roleArn, externalId, ...options });
}
