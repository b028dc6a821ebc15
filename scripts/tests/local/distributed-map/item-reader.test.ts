import { GetObjectCommand, ListObjectsV2Command, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { readItems } from '../../../src/local/distributed-map/item-reader';

const s3Mock = mockClient(S3Client);
/** The part of a GetObject body the reader uses. */
const body = (text: string) => ({ transformToString: async () => text }) as never;
const s3 = new S3Client({ region: 'us-east-1' });

describe('readItems', () => {
  beforeEach(() => s3Mock.reset());

  it('reads the object named by Bucket.$ and Key.$ and honours MaxItemsPath', async () => {
    // Prepare
    s3Mock
      .on(GetObjectCommand, { Bucket: 'out', Key: 'm.jsonl' })
      .resolves({ Body: body('{"k":1}\n{"k":2}\n{"k":3}\n') });
    const reader = {
      Resource: 'arn:aws:states:::s3:getObject',
      ReaderConfig: { InputType: 'JSONL', MaxItemsPath: '$.max' },
      Parameters: { 'Bucket.$': '$.bucket', 'Key.$': '$.key' },
    };

    // Act
    const items = await readItems(reader, { bucket: 'out', key: 'm.jsonl', max: 2 }, {}, s3);

    // Assess
    expect(items).toEqual([{ k: 1 }, { k: 2 }]);
  });

  it('lists objects with listObjectsV2 across pages, as the service shapes them', async () => {
    // Prepare
    s3Mock
      .on(ListObjectsV2Command, { Bucket: 'in', Prefix: 'p/', ContinuationToken: undefined })
      .resolves({
        Contents: [{ Key: 'p/a', Size: 1, ETag: '"e"', LastModified: new Date(1000) }],
        IsTruncated: true,
        NextContinuationToken: 't',
      })
      .on(ListObjectsV2Command, { Bucket: 'in', Prefix: 'p/', ContinuationToken: 't' })
      .resolves({ Contents: [{ Key: 'p/b', Size: 2 }] });

    // Act
    const items = await readItems(
      { Resource: 'arn:aws:states:::s3:listObjectsV2', Parameters: { Bucket: 'in', Prefix: 'p/' } },
      {},
      {},
      s3,
    );

    // Assess
    expect(items).toEqual([
      { Etag: '"e"', Key: 'p/a', LastModified: 1, Size: 1, StorageClass: 'STANDARD' },
      { Etag: '', Key: 'p/b', LastModified: 0, Size: 2, StorageClass: 'STANDARD' },
    ]);
  });

  it('reports a missing object or a missing Key as States.ItemReaderFailed', async () => {
    // Prepare
    s3Mock.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'gone', $metadata: {} }));
    const reader = { Resource: 'arn:aws:states:::s3:getObject', Parameters: { Bucket: 'out', Key: 'x' } };

    // Act
    const missing = readItems(reader, {}, {}, s3);
    const noKey = readItems({ ...reader, Parameters: { Bucket: 'out' } }, {}, {}, s3);

    // Assess
    await expect(missing).rejects.toMatchObject({ name: 'States.ItemReaderFailed', message: /NoSuchKey/ });
    await expect(noKey).rejects.toMatchObject({ name: 'States.ItemReaderFailed', message: /need a Key/ });
  });
});
