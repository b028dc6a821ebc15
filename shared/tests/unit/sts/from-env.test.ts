import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { ConfigError } from '../../../src/errors';
import { storageCredentialsFromEnv } from '../../../src/sts';

const sts = mockClient(STSClient);

const ROLE_ARN = 'arn:aws:iam::111122223333:role/fsxn-s3ap-storage-access-us-east-1';
const EXTERNAL_ID = 'workload-a.2025_rotation-1';

function configErrorOf(act: () => unknown): ConfigError {
  try {
    act();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('storageCredentialsFromEnv', () => {
  beforeEach(() => {
    sts.reset();
  });

  it.each([
    ['unset', {}],
    ['blank', { STORAGE_ROLE_ARN: '  ', STORAGE_ROLE_EXTERNAL_ID: EXTERNAL_ID }],
  ])('returns undefined when STORAGE_ROLE_ARN is %s', (_case, env) => {
    // Prepare
    const client = new STSClient({ region: 'us-east-1' });

    // Act
    const provider = storageCredentialsFromEnv(env, { client });

    // Assess
    expect(provider).toBeUndefined();
  });

  it('builds a provider that assumes the configured role with the configured External ID', async () => {
    // Prepare
    sts.on(AssumeRoleCommand).resolves({
      Credentials: {
        AccessKeyId: 'AKIA1',
        SecretAccessKey: 'secret',
        SessionToken: 'token',
        Expiration: new Date(Date.now() + 3_600_000),
      },
    });
    const env = { STORAGE_ROLE_ARN: ` ${ROLE_ARN} `, STORAGE_ROLE_EXTERNAL_ID: EXTERNAL_ID };

    // Act
    const provider = storageCredentialsFromEnv(env, { client: new STSClient({ region: 'us-east-1' }) });
    const credentials = await provider?.();

    // Assess
    expect(credentials?.accessKeyId).toBe('AKIA1');
    expect(sts).toHaveReceivedCommandWith(AssumeRoleCommand, { RoleArn: ROLE_ARN, ExternalId: EXTERNAL_ID });
  });

  it('rejects a malformed role ARN naming STORAGE_ROLE_ARN', () => {
    // Prepare
    const env = { STORAGE_ROLE_ARN: 'arn:aws:iam::1234:user/alice', STORAGE_ROLE_EXTERNAL_ID: EXTERNAL_ID };

    // Act
    const error = configErrorOf(() => storageCredentialsFromEnv(env));

    // Assess
    expect(error.message).toContain('STORAGE_ROLE_ARN');
  });

  it('requires STORAGE_ROLE_EXTERNAL_ID when STORAGE_ROLE_ARN is set', () => {
    // Prepare
    const env = { STORAGE_ROLE_ARN: ROLE_ARN };

    // Act
    const error = configErrorOf(() => storageCredentialsFromEnv(env));

    // Assess
    expect(error.message).toContain('STORAGE_ROLE_EXTERNAL_ID is required');
  });

  it.each([
    ['nine characters', 'abcdefghi'],
    ['129 characters', 'a'.repeat(129)],
    ['a forbidden character', 'tenant:0123456789'],
  ])('rejects an External ID with %s without echoing it', (_case, externalId) => {
    // Prepare
    const env = { STORAGE_ROLE_ARN: ROLE_ARN, STORAGE_ROLE_EXTERNAL_ID: externalId };

    // Act
    const error = configErrorOf(() => storageCredentialsFromEnv(env));

    // Assess
    expect(error.message).toContain('STORAGE_ROLE_EXTERNAL_ID');
    expect(error.message).not.toContain(externalId);
  });
});
