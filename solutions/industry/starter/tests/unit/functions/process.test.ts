import { Readable } from 'node:stream';
import { GetObjectCommand, type GetObjectCommandOutput, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createOutputWriter } from '@fsxn-s3ap/shared/output';
import { createAccessPointClient } from '@fsxn-s3ap/shared/s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { resultKeyFor } from '../../../src/domain/result-key';
import { createHandler } from '../../../src/functions/process';
import { createMemoryInput, createMemoryOutput, FIXED_NOW } from '../fakes';

const s3 = mockClient(S3Client);

function body(text: string): GetObjectCommandOutput['Body'] {
  return Readable.from([Buffer.from(text, 'utf8')]) as unknown as GetObjectCommandOutput['Body'];
}

describe('process handler', () => {
  beforeEach(() => {
    s3.reset();
  });

  it('inventories an object item and returns its summary', async () => {
    // Prepare
    const output = createMemoryOutput();
    const handler = createHandler({
      input: createMemoryInput({ 'a.csv': 'x,y\n1,2\n' }),
      output,
      clock: () => FIXED_NOW,
    });

    // Act
    const summary = await handler({ executionId: 'run-1', item: { key: 'a.csv', size: 8 } });

    // Assess
    expect(summary).toEqual({
      status: 'SUCCEEDED',
      objects: 1,
      bytes: 8,
      byType: { text: 1 },
      lines: 2,
      words: 2,
      nonUtf8Files: 0,
    });
    expect(output.objects.has(resultKeyFor('a.csv', FIXED_NOW))).toBe(true);
  });

  it('reads its slice of the manifest for a chunk item', async () => {
    // Prepare
    const output = createMemoryOutput();
    const manifestKey = 'manifests/2025/01/15/run-1.json';
    const objects = [
      { key: 'a.txt', size: 2 },
      { key: 'b.txt', size: 2 },
      { key: 'c.txt', size: 2 },
    ];
    output.objects.set(manifestKey, JSON.stringify({ executionId: 'run-1', chunkSize: 2, totalObjects: 3, objects }));
    const input = createMemoryInput({ 'a.txt': 'a\n', 'b.txt': 'b\n', 'c.txt': 'c\n' });

    // Act
    const summary = await createHandler({ input, output, clock: () => FIXED_NOW })({
      executionId: 'run-1',
      item: { manifestKey, chunkIndex: 1, offset: 2, count: 1 },
    });

    // Assess
    expect(summary.objects).toBe(1);
    expect(output.objects.has(resultKeyFor('c.txt', FIXED_NOW))).toBe(true);
    expect(output.objects.has(resultKeyFor('a.txt', FIXED_NOW))).toBe(false);
  });

  it('rejects a malformed item with a ValidationError', async () => {
    // Prepare
    const handler = createHandler({
      input: createMemoryInput({}),
      output: createMemoryOutput(),
      clock: () => FIXED_NOW,
    });

    // Act / Assess
    await expect(handler({ executionId: 'run-1', item: { key: '' } })).rejects.toMatchObject({
      name: 'ValidationError',
    });
  });

  it('streams the object from S3 and writes the result to the output bucket (S3 mocked)', async () => {
    // Prepare
    const client = new S3Client({ region: 'us-east-1' });
    s3.on(GetObjectCommand).callsFake(async () => ({ Body: body('hello world\n') }));
    s3.on(PutObjectCommand).resolves({});
    const handler = createHandler({
      input: createAccessPointClient({ target: 'files-ap-abc123-ext-s3alias', client }),
      output: createOutputWriter({ env: { OUTPUT_BUCKET: 'out-bucket' }, client }),
      clock: () => FIXED_NOW,
    });

    // Act
    const summary = await handler({ executionId: 'run-1', item: { key: 'docs/hello.txt', size: 12 } });

    // Assess
    expect(summary).toMatchObject({ objects: 1, bytes: 12, lines: 1, words: 2 });
    expect(s3).toHaveReceivedCommandWith(GetObjectCommand, {
      Bucket: 'files-ap-abc123-ext-s3alias',
      Key: 'docs/hello.txt',
    });
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, {
      Bucket: 'out-bucket',
      Key: resultKeyFor('docs/hello.txt', FIXED_NOW),
    });
  });

  it('surfaces a missing object as ObjectNotFoundError (S3 mocked)', async () => {
    // Prepare
    const client = new S3Client({ region: 'us-east-1' });
    s3.on(GetObjectCommand).rejects(
      Object.assign(new Error('gone'), { name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } }),
    );
    const handler = createHandler({
      input: createAccessPointClient({ target: 'files-ap-abc123-ext-s3alias', client }),
      output: createOutputWriter({ env: { OUTPUT_BUCKET: 'out-bucket' }, client }),
      clock: () => FIXED_NOW,
    });

    // Act / Assess
    await expect(handler({ executionId: 'run-1', item: { key: 'gone.txt', size: 1 } })).rejects.toMatchObject({
      name: 'ObjectNotFoundError',
    });
    expect(s3).not.toHaveReceivedCommand(PutObjectCommand);
  });
});
