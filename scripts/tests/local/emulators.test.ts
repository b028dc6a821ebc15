import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  CreateStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  PutRecordCommand,
} from '@aws-sdk/client-kinesis';
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { destroyClients, type EmulatorClients, emulatorClients } from '../../src/local/clients';
import { type Emulators, startEmulators } from '../../src/local/emulators/emulator-host';
import { LOCAL_CREDENTIALS } from '../../src/local/environment';
import { provision } from '../../src/local/provision';
import { loadStack } from '../../src/local/stack';

let emulators: Emulators;
let clients: EmulatorClients;

beforeAll(async () => {
  emulators = await startEmulators(['s3', 'dynamodb', 'kinesis', 'sqs', 'sns']);
  clients = emulatorClients(emulators.endpoints);
});

afterAll(async () => {
  destroyClients(clients);
  await emulators.stop();
});

describe('the emulators', () => {
  it('listen on 127.0.0.1', () => {
    // Assess
    for (const url of Object.values(emulators.endpoints)) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('page through 1,001 objects with ListObjectsV2 continuation tokens (1,000 a page, or MaxKeys)', async () => {
    // Prepare
    const s3 = clients.s3!;
    await s3.send(new CreateBucketCommand({ Bucket: 'many-objects' }));
    const keys = Array.from({ length: 1_001 }, (_, i) => `docs/${String(i).padStart(5, '0')}.txt`);
    for (let i = 0; i < keys.length; i += 200) {
      await Promise.all(
        keys.slice(i, i + 200).map((Key) => s3.send(new PutObjectCommand({ Bucket: 'many-objects', Key, Body: 'x' }))),
      );
    }
    const listAll = async (maxKeys?: number) => {
      const listed: string[] = [];
      const sizes: number[] = [];
      let token: string | undefined;
      do {
        const page = await s3.send(
          new ListObjectsV2Command({ Bucket: 'many-objects', ContinuationToken: token, MaxKeys: maxKeys }),
        );
        sizes.push(page.Contents?.length ?? 0);
        for (const item of page.Contents ?? []) listed.push(item.Key ?? '');
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return { listed, sizes };
    };

    // Act
    const byDefault = await listAll();
    const byFour = await listAll(400);

    // Assess
    expect(byDefault.sizes).toEqual([1000, 1]);
    expect(byDefault.listed).toEqual(keys);
    expect(byFour.sizes).toEqual([400, 400, 201]);
    expect(byFour.listed).toEqual(keys);
  }, 120_000);

  it('stores a streamed upload byte for byte under the SDK default checksums', async () => {
    // Prepare
    const s3 = new S3Client({
      endpoint: emulators.endpoints.s3,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
      forcePathStyle: true,
    });
    await s3.send(new CreateBucketCommand({ Bucket: 'streamed' }));
    const body = randomBytes(3 * 1024 * 1024 + 17);
    // Act
    await s3.send(
      new PutObjectCommand({
        Bucket: 'streamed',
        Key: 'blob.bin',
        Body: Readable.from([body.subarray(0, 1000), body.subarray(1000)]),
        ContentLength: body.length,
      }),
    );
    const stored = await s3.send(new GetObjectCommand({ Bucket: 'streamed', Key: 'blob.bin' }));
    const bytes = Buffer.from(await stored.Body!.transformToByteArray());
    s3.destroy();
    // Assess
    expect(bytes.length).toBe(body.length);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(body).digest('hex'));
  });

  it('serves the Kinesis client with its default (HTTP/2) request handler', async () => {
    // Prepare
    const kinesis = new KinesisClient({
      endpoint: emulators.endpoints.kinesis,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
    await kinesis.send(new CreateStreamCommand({ StreamName: 'h2-stream', ShardCount: 1 }));
    // Act
    await kinesis.send(
      new PutRecordCommand({ StreamName: 'h2-stream', PartitionKey: 'p', Data: Buffer.from('hello') }),
    );
    const iterator = await kinesis.send(
      new GetShardIteratorCommand({
        StreamName: 'h2-stream',
        ShardId: 'shardId-000000000000',
        ShardIteratorType: 'TRIM_HORIZON',
      }),
    );
    const records = await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator.ShardIterator }));
    kinesis.destroy();
    // Assess
    expect(Buffer.from(records.Records?.[0]?.Data ?? []).toString()).toBe('hello');
  });

  it('creates a table with a GSI and TimeToLiveSpecification, noting that TTL is not emulated', async () => {
    // Prepare
    const stack = loadStack(path.join(__dirname, 'fixtures', 'workflow'), {}, 'local-emu');
    // Act
    const notes = await provision(stack, clients);
    const table = await clients.dynamodb!.send(new DescribeTableCommand({ TableName: 'local-emu-ResultsTable' }));
    // Assess
    expect(table.Table?.GlobalSecondaryIndexes?.[0]?.IndexName).toBe('byStatus');
    expect(notes.join('\n')).toMatch(/ResultsTable: TimeToLive is not emulated/);
  });
});
