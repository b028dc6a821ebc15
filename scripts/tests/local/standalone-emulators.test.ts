import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { type EmulatedService, startStandaloneEmulators } from '../../src/local';

describe('startStandaloneEmulators', () => {
  it('serves the named services on 127.0.0.1 through ready clients, and not the others', async () => {
    // Prepare
    const emulators = await startStandaloneEmulators(['s3', 'dynamodb']);
    try {
      // Act
      await emulators.clients.s3?.send(new CreateBucketCommand({ Bucket: 'standalone' }));
      const buckets = await emulators.clients.s3?.send(new ListBucketsCommand({}));
      const tables = await emulators.clients.dynamodb?.send(new ListTablesCommand({}));
      // Assess
      expect(Object.keys(emulators.endpoints)).toEqual(expect.arrayContaining(['dynamodb', 's3']));
      expect(emulators.endpoints.kinesis).toBeUndefined();
      for (const url of Object.values(emulators.endpoints)) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(emulators.clients.kinesis).toBeUndefined();
      expect(buckets?.Buckets?.map((bucket) => bucket.Name)).toEqual(['standalone']);
      expect(tables?.TableNames).toEqual([]);
      expect(emulators.readyMs).toBeGreaterThan(0);
    } finally {
      await emulators.stop();
    }
  }, 60_000);

  it('gives the region and credentials a further client needs', async () => {
    // Prepare
    const emulators = await startStandaloneEmulators(['s3']);
    const own = new S3Client({ ...emulators.clientConfig, endpoint: emulators.endpoints.s3, forcePathStyle: true });
    try {
      // Act
      await own.send(new CreateBucketCommand({ Bucket: 'own-client' }));
      const buckets = await emulators.clients.s3?.send(new ListBucketsCommand({}));
      // Assess
      expect(buckets?.Buckets?.map((bucket) => bucket.Name)).toEqual(['own-client']);
    } finally {
      own.destroy();
      await emulators.stop();
    }
  }, 60_000);

  it('closes the servers on stop, and a second stop resolves too', async () => {
    // Prepare
    const emulators = await startStandaloneEmulators(['s3']);
    const client = new S3Client({ ...emulators.clientConfig, endpoint: emulators.endpoints.s3, maxAttempts: 1 });
    // Act
    await emulators.stop();
    await emulators.stop();
    const afterStop = client.send(new ListBucketsCommand({}));
    // Assess
    await expect(afterStop).rejects.toThrow(/ECONNREFUSED|socket|connect/i);
    client.destroy();
  }, 60_000);

  it('rejects an empty service list', async () => {
    // Act
    const started = startStandaloneEmulators([]);
    // Assess
    await expect(started).rejects.toMatchObject({ name: 'LocalRunError', message: /at least one service/ });
  });

  it('rejects a service it cannot emulate and names it', async () => {
    // Prepare
    const services = ['s3', 'lambda'] as unknown as EmulatedService[];
    // Act
    const started = startStandaloneEmulators(services);
    // Assess
    await expect(started).rejects.toMatchObject({ name: 'LocalRunError', message: /cannot emulate lambda/ });
  });
});
