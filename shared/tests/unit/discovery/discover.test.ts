import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { type DiscoveryManifest, discoverObjects, expandWorkItem, type ManifestChunkRef } from '../../../src/discovery';
import { ValidationError } from '../../../src/errors';
import { createMemoryOutputWriter, createOutputWriter, type MemoryOutputWriter } from '../../../src/output';
import { createAccessPointClient } from '../../../src/s3';
import { listingOf } from '../s3/s3-fakes';

const s3 = mockClient(S3Client);
const ALIAS = 'fsxn-ap-abc123-ext-s3alias';
const NOW = new Date('2025-06-30T23:59:59Z');
const MANIFEST_KEY = 'ai-outputs/manifests/2025/06/30/exec-1.json';

function keys(count: number, prefix = 'scans/'): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${String(index).padStart(6, '0')}.pdf`);
}

function manifestOf(output: MemoryOutputWriter, key = MANIFEST_KEY): DiscoveryManifest {
  return (output.objects.get(key) ?? null) as DiscoveryManifest;
}

describe('discoverObjects', () => {
  const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

  beforeEach(() => {
    s3.reset();
  });

  it('returns small listings inline and writes the manifest under manifests/YYYY/MM/DD', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).callsFake(listingOf([...keys(3), 'scans/notes.TXT', 'scans/sub/']));
    const output = createMemoryOutputWriter({ prefix: 'ai-outputs/', destination: 'FSXN_S3AP' });

    // Act
    const result = await discoverObjects({
      input,
      output,
      executionId: 'exec-1',
      prefix: 'scans/',
      suffixes: ['.PDF'],
      now: NOW,
    });

    // Assess
    expect(result).toMatchObject({ manifestKey: MANIFEST_KEY, totalObjects: 3, totalBytes: 6, truncated: false });
    expect(result.inline).toBe(true);
    expect(result.mapConcurrency).toBe(10);
    expect(result.items.map((item) => ('key' in item ? item.key : ''))).toEqual(keys(3));
    const manifest = manifestOf(output);
    expect(manifest).toMatchObject({
      executionId: 'exec-1',
      generatedAt: '2025-06-30T23:59:59.000Z',
      prefix: 'scans/',
      suffixes: ['.pdf'],
      totalObjects: 3,
      totalBytes: 6,
      truncated: false,
      chunkSize: 1000,
    });
    expect(manifest.objects).toEqual(result.items);
  });

  it('keeps 50,000 objects out of the state payload and every chunk expands to its objects in order', async () => {
    // Prepare
    const all = keys(50_000);
    s3.on(ListObjectsV2Command).callsFake(listingOf(all));
    const output = createMemoryOutputWriter({ prefix: 'ai-outputs/', destination: 'FSXN_S3AP' });

    // Act
    const result = await discoverObjects({ input, output, executionId: 'exec-1', maxObjects: 100_000, now: NOW });

    // Assess
    expect(Buffer.byteLength(JSON.stringify(result))).toBeLessThan(256 * 1024);
    expect(result).toMatchObject({ inline: false, totalObjects: 50_000, truncated: false });
    expect(result.items).toHaveLength(50);
    expect(s3.commandCalls(ListObjectsV2Command)).toHaveLength(50);
    expect(manifestOf(output).objects).toHaveLength(50_000);
    const expanded: string[] = [];
    for (const item of result.items) {
      for (const object of await expandWorkItem(item, output)) expanded.push(object.key);
    }
    expect(expanded).toEqual(all);
  });

  it('caps the listing at maxObjects and marks the result truncated', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).callsFake(listingOf(keys(5000)));
    const output = createMemoryOutputWriter({ prefix: 'ai-outputs/', destination: 'FSXN_S3AP' });

    // Act
    const result = await discoverObjects({ input, output, executionId: 'exec-1', maxObjects: 1200, now: NOW });

    // Assess
    expect(result.totalObjects).toBe(1200);
    expect(result.truncated).toBe(true);
    expect(manifestOf(output)).toMatchObject({ totalObjects: 1200, truncated: true });
    expect(s3.commandCalls(ListObjectsV2Command)).toHaveLength(2);
  });

  it('does not mark a listing that exactly meets the cap as truncated', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).callsFake(listingOf(keys(1000)));

    // Act
    const result = await discoverObjects({
      input,
      output: createMemoryOutputWriter({ prefix: 'ai-outputs/', destination: 'FSXN_S3AP' }),
      executionId: 'e',
      maxObjects: 1000,
      now: NOW,
    });

    // Assess
    expect(result).toMatchObject({ totalObjects: 1000, truncated: false });
  });

  it('returns an empty, successful result when nothing matches and still writes the manifest', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).resolves({ KeyCount: 0 });
    const output = createMemoryOutputWriter({ prefix: 'ai-outputs/', destination: 'FSXN_S3AP' });

    // Act
    const result = await discoverObjects({ input, output, executionId: 'exec-1', prefix: '', now: NOW });

    // Assess
    expect(result).toEqual({
      manifestKey: MANIFEST_KEY,
      totalObjects: 0,
      totalBytes: 0,
      truncated: false,
      inline: true,
      items: [],
      mapConcurrency: 10,
    });
    expect(manifestOf(output).objects).toEqual([]);
    expect(s3).toHaveReceivedCommandWith(ListObjectsV2Command, { Prefix: undefined });
  });

  it('chunks as soon as the whole result would pass maxInlineBytes', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).callsFake(listingOf(keys(30)));
    const output = createMemoryOutputWriter({ prefix: 'ai-outputs/', destination: 'FSXN_S3AP' });

    // Act
    const result = await discoverObjects({
      input,
      output,
      executionId: 'exec-1',
      now: NOW,
      maxInlineBytes: 1500,
      chunkSize: 8,
    });

    // Assess
    expect(result.inline).toBe(false);
    expect((result.items as ManifestChunkRef[]).map((item) => item.count)).toEqual([8, 8, 8, 6]);
    expect(Buffer.byteLength(JSON.stringify(result))).toBeLessThanOrEqual(1500);
  });

  it('sanitises the execution id in the manifest key and writes through the real output writer', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).callsFake(listingOf(keys(2)));
    s3.on(PutObjectCommand).resolves({});
    const output = createOutputWriter({
      env: { OUTPUT_DESTINATION: 'FSXN_S3AP', OUTPUT_S3AP_ALIAS: 'out-abc123-ext-s3alias' },
      client: new S3Client({}),
    });

    // Act
    const result = await discoverObjects({ input, output, executionId: 'run/2025 06:30', now: NOW });

    // Assess
    expect(result.manifestKey).toBe('ai-outputs/manifests/2025/06/30/run_2025_06_30.json');
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, {
      Bucket: 'out-abc123-ext-s3alias',
      Key: result.manifestKey,
      ContentType: 'application/json',
    });
  });

  it.each([
    [{ executionId: '' }, 'executionId is required'],
    [{ executionId: '   ' }, 'executionId is required'],
    [{ mapConcurrency: 0 }, 'mapConcurrency'],
    [{ mapConcurrency: 41 }, 'mapConcurrency'],
    [{ maxObjects: 0 }, 'maxObjects'],
    [{ chunkSize: 0 }, 'chunkSize'],
  ])('rejects %j before listing', async (overrides, message) => {
    // Prepare
    const output = createMemoryOutputWriter({ prefix: 'ai-outputs/', destination: 'FSXN_S3AP' });

    // Act
    const act = discoverObjects({ input, output, executionId: 'exec-1', ...overrides });

    // Assess
    await expect(act).rejects.toThrow(ValidationError);
    await expect(act).rejects.toThrow(message);
    expect(s3.calls()).toHaveLength(0);
    expect(output.objects.size).toBe(0);
  });
});
