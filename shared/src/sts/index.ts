/**
 * Cross-account access for workloads: credentials of the storage-account role that the access point policy
 * trusts, assumed with an External ID and refreshed before they expire.
 */
export { STORAGE_ROLE_ENV, storageCredentialsFromEnv } from './from-env';
export { createStorageRoleCredentials } from './storage-role-credentials';
export type { AwsCredentialIdentity, AwsCredentialIdentityProvider, StorageRoleCredentialsOptions } from './types';
export { isRoleArn, isValidExternalId, isValidSessionName } from './validation';
