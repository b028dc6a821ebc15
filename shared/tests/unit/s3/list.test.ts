import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ValidationError } from '../../../src/errors';
import { createAccessPointClient } from '../../../src/s3';
import { listingOf } from './s3-fakes';

const s3 = mockClient(S3Client);
const ALIAS = 'fsxn-ap-abc123-ext-s3alias';
const ARN = 'arn:aws:s3:us-east-1:123456789012:accesspoint/fsxn-ap';

function keys(count: number, extension = '.jpg'): string[] {
  return Array.from({ length: count }, (_, index) => `photos/${String(index).padStart(6, '0')}${extension}`);
}

describe('AccessPointClient listing', () => {
  beforeEach(() => {
    s3.reset();
  });

  it('follows continuation tokens across pages and passes the alias as Bucket', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).callsFake(listingOf(keys(2500)));
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act
    const pages: number[] = [];
    for await (const page of input.listPages({ prefix: 'photos/' })) pages.push(page.length);

    // Assess
    expect(pages).toEqual([1000, 1000, 500]);
    const calls = s3.commandCalls(ListObjectsV2Command).map((call) => call.args[0].input);
    expect(calls.map((call) => call.ContinuationToken)).toEqual([undefined, 't1000', 't2000']);
    expect(calls.every((call) => call.Bucket === ALIAS && call.Prefix === 'photos/')).toBe(true);
  });

  it('passes an access point ARN unchanged as Bucket', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).callsFake(listingOf(keys(3)));
    const input = createAccessPointClient({ target: ARN, client: new S3Client({}) });

    // Act
    const all = await input.listAll();

    // Assess
    expect(input.bucket).toBe(ARN);
    expect(all).toHaveLength(3);
    expect(s3).toHaveReceivedCommandWith(ListObjectsV2Command, { Bucket: ARN, Prefix: undefined });
  });

  it('maps S3 fields to summaries with an ISO 8601 lastModified', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).callsFake(listingOf(['a.txt']));
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act
    const all = await input.listAll();

    // Assess
    expect(all).toEqual([{ key: 'a.txt', size: 1, etag: '"etag-0"', lastModified: '2025-01-01T00:00:00.000Z' }]);
  });

  it('stops paging as soon as maxObjects is reached', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).callsFake(listingOf(keys(5000)));
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act
    const all = await input.listAll({ maxObjects: 1500 });

    // Assess
    expect(all).toHaveLength(1500);
    expect(all.at(-1)?.key).toBe('photos/001499.jpg');
    const calls = s3.commandCalls(ListObjectsV2Command).map((call) => call.args[0].input.MaxKeys);
    expect(calls).toEqual([1000, 500]);
  });

  it('stops inside a page when a suffix filter reaches the cap', async () => {
    // Prepare
    const mixed = keys(3000).map((key, index) => (index % 2 === 0 ? key : key.replace('.jpg', '.txt')));
    s3.on(ListObjectsV2Command).callsFake(listingOf(mixed));
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act
    const all = await input.listAll({ suffixes: ['.JPG'], maxObjects: 600 });

    // Assess
    expect(all).toHaveLength(600);
    expect(all.every((object) => object.key.endsWith('.jpg'))).toBe(true);
    expect(s3.commandCalls(ListObjectsV2Command)).toHaveLength(2);
  });

  it('filters suffixes case-insensitively and skips directory markers', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).callsFake(listingOf(['dir/', 'dir/a.PNG', 'dir/b.png', 'dir/c.gif', 'dir/sub/']));
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act
    const filtered = await input.listAll({ suffixes: ['.png'] });
    const everything = await input.listAll();

    // Assess
    expect(filtered.map((object) => object.key)).toEqual(['dir/a.PNG', 'dir/b.png']);
    expect(everything.map((object) => object.key)).toEqual(['dir/a.PNG', 'dir/b.png', 'dir/c.gif']);
  });

  it('yields objects one at a time with listObjects', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).callsFake(listingOf(keys(5)));
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act
    const seen: string[] = [];
    for await (const object of input.listObjects({ pageSize: 2 })) seen.push(object.key);

    // Assess
    expect(seen).toEqual(keys(5));
    expect(s3.commandCalls(ListObjectsV2Command)).toHaveLength(3);
  });

  it('returns nothing for an empty listing without failing', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).resolves({ KeyCount: 0, IsTruncated: false });
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act
    const all = await input.listAll({ prefix: '' });

    // Assess
    expect(all).toEqual([]);
  });

  it('stops when a truncated page carries no continuation token', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).resolves({ Contents: [{ Key: 'a', Size: 1 }], IsTruncated: true });
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act
    const all = await input.listAll();

    // Assess
    expect(all).toEqual([{ key: 'a', size: 1 }]);
    expect(s3.commandCalls(ListObjectsV2Command)).toHaveLength(1);
  });

  it.each([[{ maxObjects: 0 }], [{ maxObjects: 1.5 }], [{ pageSize: 0 }], [{ pageSize: 1001 }]])(
    'rejects invalid limits %j before calling S3',
    async (options) => {
      // Prepare
      const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

      // Act
      const act = input.listAll(options);

      // Assess
      await expect(act).rejects.toThrow(ValidationError);
      expect(s3.commandCalls(ListObjectsV2Command)).toHaveLength(0);
    },
  );
});
