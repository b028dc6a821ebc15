import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { createAccessPointClient, createS3Client } from '../../../src/s3';

const s3 = mockClient(S3Client);

describe('createS3Client', () => {
  it('switches on path-style addressing when AWS_ENDPOINT_URL_S3 is set', () => {
    // Act
    const client = createS3Client({ region: 'us-east-1' }, { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:4566' });

    // Assess
    expect(client.config.forcePathStyle).toBe(true);
  });

  it('switches on path-style addressing when only AWS_ENDPOINT_URL is set', () => {
    // Act
    const client = createS3Client({ region: 'us-east-1' }, { AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' });

    // Assess
    expect(client.config.forcePathStyle).toBe(true);
  });

  it('keeps virtual-hosted addressing without an endpoint override', () => {
    // Act
    const client = createS3Client({ region: 'us-east-1' }, { AWS_ENDPOINT_URL_S3: ' ' });

    // Assess
    expect(client.config.forcePathStyle).toBe(false);
  });

  it('lets an explicit forcePathStyle win over the environment', () => {
    // Act
    const client = createS3Client({ region: 'us-east-1', forcePathStyle: false }, { AWS_ENDPOINT_URL: 'http://x' });

    // Assess
    expect(client.config.forcePathStyle).toBe(false);
  });
});

describe('createAccessPointClient', () => {
  beforeEach(() => {
    s3.reset();
  });

  it('builds its own client once, in the region of an access point ARN', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).resolves({});
    const input = createAccessPointClient({ target: 'arn:aws:s3:ap-northeast-1:123456789012:accesspoint/fsxn-ap' });

    // Act
    await input.listAll();
    await input.listAll();

    // Assess
    const [first, second] = s3.commandCalls(ListObjectsV2Command).map((call) => call.thisValue as S3Client);
    expect(first).toBe(second);
    await expect(first?.config.region()).resolves.toBe('ap-northeast-1');
  });

  it('lets clientConfig choose the region', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).resolves({});
    const input = createAccessPointClient({
      target: 'arn:aws:s3:ap-northeast-1:123456789012:accesspoint/fsxn-ap',
      clientConfig: { region: 'us-west-2' },
    });

    // Act
    await input.listAll();

    // Assess
    const client = s3.commandCalls(ListObjectsV2Command)[0]?.thisValue as S3Client;
    await expect(client.config.region()).resolves.toBe('us-west-2');
  });
});
