import { HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createOutputWriter } from '@fsxn-s3ap/shared/output';
import { createAccessPointClient } from '@fsxn-s3ap/shared/s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import type { InventoryConfig } from '../../../src/config';
import { createHandler, type DiscoveryDeps } from '../../../src/functions/discovery';
import { FIXED_NOW, fpolicyEvent } from '../fakes';

const s3 = mockClient(S3Client);
const ACCESS_POINT = 'files-ap-abc123-ext-s3alias';

function deps(overrides: Partial<InventoryConfig> = {}): DiscoveryDeps {
  const client = new S3Client({ region: 'us-east-1' });
  return {
    config: {
      inputAccessPoint: ACCESS_POINT,
      inputPrefix: 'share/',
      suffixes: ['.txt'],
      maxObjects: 100,
      mapConcurrency: 5,
      snsTopicArn: undefined,
      ...overrides,
    },
    input: createAccessPointClient({ target: ACCESS_POINT, client }),
    output: createOutputWriter({ env: { OUTPUT_DESTINATION: 'STANDARD_S3', OUTPUT_BUCKET: 'out-bucket' }, client }),
    clock: () => FIXED_NOW,
  };
}

describe('discovery handler (S3 mocked)', () => {
  beforeEach(() => {
    s3.reset();
    s3.on(PutObjectCommand).resolves({});
  });

  it('lists the prefix through the access point, keeps matching suffixes and writes the manifest', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).resolves({
      Contents: [
        { Key: 'share/a.txt', Size: 10 },
        { Key: 'share/b.jpg', Size: 20 },
        { Key: 'share/C.TXT', Size: 30 },
      ],
      IsTruncated: false,
    });

    // Act
    const result = await createHandler(deps())({ executionId: 'run-1' });

    // Assess
    expect(result).toMatchObject({
      totalObjects: 2,
      totalBytes: 40,
      truncated: false,
      inline: true,
      mapConcurrency: 5,
      trigger: 'SCHEDULE',
    });
    expect(result.items).toEqual([
      expect.objectContaining({ key: 'share/a.txt' }),
      expect.objectContaining({ key: 'share/C.TXT' }),
    ]);
    expect(s3).toHaveReceivedCommandWith(ListObjectsV2Command, { Bucket: ACCESS_POINT, Prefix: 'share/' });
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, {
      Bucket: 'out-bucket',
      Key: 'manifests/2025/01/15/run-1.json',
    });
  });

  it('returns zero objects, not an error, when nothing matches', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).resolves({ Contents: [], IsTruncated: false });

    // Act
    const result = await createHandler(deps())({ executionId: 'run-2' });

    // Assess
    expect(result).toMatchObject({ totalObjects: 0, items: [], reason: expect.stringMatching(/no object under/) });
  });

  it('looks up only the file of an FPolicy event and writes the manifest', async () => {
    // Prepare
    s3.on(HeadObjectCommand).resolves({ ContentLength: 12, ETag: '"e1"' });

    // Act
    const result = await createHandler(deps())({
      executionId: 'run-4',
      trigger: fpolicyEvent({ file_path: 'share/new.txt' }),
    });

    // Assess
    expect(result).toMatchObject({ totalObjects: 1, totalBytes: 12, trigger: 'FPOLICY', inline: true });
    expect(result.items).toEqual([{ key: 'share/new.txt', size: 12, etag: '"e1"' }]);
    expect(s3).toHaveReceivedCommandWith(HeadObjectCommand, { Bucket: ACCESS_POINT, Key: 'share/new.txt' });
    expect(s3).not.toHaveReceivedCommand(ListObjectsV2Command);
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, { Key: 'manifests/2025/01/15/run-4.json' });
  });

  it('returns zero objects with a reason when the event names a file that is gone', async () => {
    // Prepare
    const missing = Object.assign(new Error('Not Found'), { name: 'NotFound', $metadata: { httpStatusCode: 404 } });
    s3.on(HeadObjectCommand).rejects(missing);

    // Act
    const result = await createHandler(deps())({
      executionId: 'run-5',
      trigger: fpolicyEvent({ file_path: 'share/gone.txt' }),
    });

    // Assess
    expect(result).toMatchObject({
      totalObjects: 0,
      items: [],
      reason: expect.stringMatching(/share\/gone.txt no longer exists/),
    });
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, { Key: 'manifests/2025/01/15/run-5.json' });
  });

  it('rejects a malformed FPolicy event with a ValidationError before touching S3', async () => {
    // Act
    const run = createHandler(deps())({ executionId: 'run-6', trigger: fpolicyEvent({ operation_type: 'chmod' }) });

    // Assess
    await expect(run).rejects.toMatchObject({ name: 'ValidationError' });
    expect(s3.calls()).toHaveLength(0);
  });

  it('turns AccessDenied into an AccessDeniedError naming both access point ARN forms', async () => {
    // Prepare
    const denied = Object.assign(new Error('Access Denied'), {
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 },
    });
    s3.on(ListObjectsV2Command).rejects(denied);

    // Act
    const run = createHandler(deps())({ executionId: 'run-3' });

    // Assess
    await expect(run).rejects.toMatchObject({
      name: 'AccessDeniedError',
      message: expect.stringMatching(/accesspoint/),
    });
  });

  it('rejects an event without an execution id before listing anything', async () => {
    // Act
    const run = createHandler(deps())({});

    // Assess
    await expect(run).rejects.toMatchObject({ name: 'InventoryEventError' });
    expect(s3).not.toHaveReceivedCommand(ListObjectsV2Command);
  });
});
