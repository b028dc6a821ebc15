import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { clientConfigFor, parseTarget } from '../../../src/s3';

const sts = mockClient(STSClient);

const ENV = {
  STORAGE_ROLE_ARN: 'arn:aws:iam::111122223333:role/storage-access',
  STORAGE_ROLE_EXTERNAL_ID: 'external-id-1234',
};

describe('clientConfigFor', () => {
  beforeEach(() => {
    sts.reset();
    sts.on(AssumeRoleCommand).resolves({
      Credentials: {
        AccessKeyId: 'AKIASTORAGE',
        SecretAccessKey: 'secret',
        SessionToken: 'session',
        Expiration: new Date(Date.now() + 3_600_000),
      },
    });
  });

  it('assumes the storage role for an access point alias when STORAGE_ROLE_ARN is set', async () => {
    // Prepare
    const target = parseTarget('input-ap-abc123-ext-s3alias');

    // Act
    const config = clientConfigFor(target, ENV);
    const credentials = typeof config.credentials === 'function' ? await config.credentials() : undefined;

    // Assess
    expect(credentials?.accessKeyId).toBe('AKIASTORAGE');
    expect(sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toMatchObject({
      RoleArn: ENV.STORAGE_ROLE_ARN,
      ExternalId: ENV.STORAGE_ROLE_EXTERNAL_ID,
    });
  });

  it('uses the access point ARN region and the storage role for an ARN target', () => {
    // Prepare
    const target = parseTarget('arn:aws:s3:eu-west-1:111122223333:accesspoint/input-ap');

    // Act
    const config = clientConfigFor(target, ENV);

    // Assess
    expect(config.region).toBe('eu-west-1');
    expect(typeof config.credentials).toBe('function');
  });

  it('keeps the function credentials for a plain bucket such as the output bucket', () => {
    // Act
    const config = clientConfigFor(parseTarget('my-output-bucket'), ENV);

    // Assess
    expect(config.credentials).toBeUndefined();
  });

  it('keeps the function credentials when no storage role is configured', () => {
    // Act
    const config = clientConfigFor(parseTarget('input-ap-abc123-ext-s3alias'), {});

    // Assess
    expect(config).toEqual({});
  });
});
