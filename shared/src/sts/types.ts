import type { STSClient, STSClientConfig } from '@aws-sdk/client-sts';

type CredentialsSetting = NonNullable<STSClientConfig['credentials']>;

/**
 * An AWS SDK v3 credential provider (`AwsCredentialIdentityProvider`): pass it as `credentials` in any client
 * config. Derived from the client's own config type so no extra types package is needed.
 */
export type AwsCredentialIdentityProvider = Extract<CredentialsSetting, (...args: never[]) => unknown>;

/** The credentials an {@link AwsCredentialIdentityProvider} resolves to (keys, session token, expiration). */
export type AwsCredentialIdentity = Awaited<ReturnType<AwsCredentialIdentityProvider>>;

/** Options of {@link createStorageRoleCredentials}. */
export interface StorageRoleCredentialsOptions {
  /** The storage-account role to assume (`STORAGE_ROLE_ARN`). */
  roleArn: string;
  /** The External ID the role's trust policy requires (`STORAGE_ROLE_EXTERNAL_ID`); never logged. */
  externalId: string;
  /** Role session name shown in the storage account's CloudTrail; default `fsxn-s3ap-storage`. */
  sessionName?: string;
  /** Requested session length, 900-43200 s; default 3600 (the storage role's MaxSessionDuration). */
  durationSeconds?: number;
  /** Assume the role again this long before the credentials expire; default 5 minutes. */
  refreshBeforeMs?: number;
  /** The STS client to call; default a new `STSClient` with the Lambda's own credentials. */
  client?: STSClient;
}
