import { ObjectNotFoundError, ThrottlingError } from '@fsxn-s3ap/shared/errors';
import { discoverEventObject, listingReason } from '../../../src/domain/event-discovery';
import type { FPolicyFileEvent } from '../../../src/domain/fpolicy-event';
import { createMemoryOutput, FIXED_NOW } from '../fakes';

const EVENT: FPolicyFileEvent = {
  eventId: 'e-1',
  operation: 'write',
  key: 'share/a.txt',
  volumeName: 'vol1',
  svmName: 'svm1',
  timestamp: '2025-01-15T09:29:58Z',
  fileSize: 42,
};

function run(head: (key: string) => Promise<{ size: number; etag?: string; lastModified?: string }>, event = EVENT) {
  const output = createMemoryOutput();
  const heads: string[] = [];
  const input = {
    head: (key: string) => {
      heads.push(key);
      return head(key);
    },
  };
  const result = discoverEventObject({
    input,
    output,
    executionId: 'run-1',
    event,
    filters: { prefix: 'share/', suffixes: ['.txt'] },
    mapConcurrency: 4,
    now: FIXED_NOW,
  });
  return { result, output, heads };
}

describe('discoverEventObject', () => {
  it('returns the one object the event names and records it in the manifest', async () => {
    // Prepare
    const { result, output, heads } = run(async () => ({
      size: 11,
      etag: '"abc"',
      lastModified: '2025-01-15T09:29:59.000Z',
    }));

    // Act
    const discovery = await result;

    // Assess
    const object = { key: 'share/a.txt', size: 11, etag: '"abc"', lastModified: '2025-01-15T09:29:59.000Z' };
    expect(heads).toEqual(['share/a.txt']);
    expect(discovery).toEqual({
      manifestKey: 'manifests/2025/01/15/run-1.json',
      totalObjects: 1,
      totalBytes: 11,
      truncated: false,
      inline: true,
      items: [object],
      mapConcurrency: 4,
      trigger: 'FPOLICY',
      reason: 'FPolicy write of share/a.txt',
    });
    expect(JSON.parse(output.objects.get('manifests/2025/01/15/run-1.json') ?? '{}')).toMatchObject({
      executionId: 'run-1',
      prefix: 'share/',
      suffixes: ['.txt'],
      totalObjects: 1,
      objects: [object],
      trigger: { source: 'fsxn.fpolicy', eventId: 'e-1', operation: 'write', key: 'share/a.txt' },
    });
  });

  it('returns zero objects with a reason when the file is gone', async () => {
    // Prepare
    const { result, output } = run(async (key) => {
      throw new ObjectNotFoundError(`HeadObject: ${key} does not exist`);
    });

    // Act
    const discovery = await result;

    // Assess
    expect(discovery).toMatchObject({
      totalObjects: 0,
      items: [],
      reason: 'share/a.txt no longer exists (moved or deleted since the event)',
    });
    expect(JSON.parse(output.objects.get(discovery.manifestKey) ?? '{}')).toMatchObject({
      totalObjects: 0,
      objects: [],
      reason: discovery.reason,
    });
  });

  it('does not look up a deleted file and still writes the manifest', async () => {
    // Prepare
    const { result, output, heads } = run(async () => ({ size: 1 }), { ...EVENT, operation: 'delete' });

    // Act
    const discovery = await result;

    // Assess
    expect(heads).toEqual([]);
    expect(discovery).toMatchObject({ totalObjects: 0, items: [], reason: expect.stringMatching(/was deleted/) });
    expect(output.objects.has('manifests/2025/01/15/run-1.json')).toBe(true);
  });

  it('does not look up a key the filters reject', async () => {
    // Prepare
    const { result, heads } = run(async () => ({ size: 1 }), { ...EVENT, key: 'share/a.jpg' });

    // Act
    const discovery = await result;

    // Assess
    expect(heads).toEqual([]);
    expect(discovery).toMatchObject({ totalObjects: 0, reason: expect.stringMatching(/SUFFIX_FILTER/) });
  });

  it('rethrows lookup errors other than a missing object, writing no manifest', async () => {
    // Prepare
    const { result, output } = run(async () => {
      throw new ThrottlingError('HeadObject throttled');
    });

    // Act / Assess
    await expect(result).rejects.toBeInstanceOf(ThrottlingError);
    expect(output.objects.size).toBe(0);
  });
});

describe('listingReason', () => {
  it('names the prefix and the filter when nothing matched', () => {
    // Act
    const reason = listingReason(0, { prefix: 'share/', suffixes: ['.txt', '.csv'] });

    // Assess
    expect(reason).toBe('no object under INPUT_PREFIX "share/" matches SUFFIX_FILTER ".txt,.csv"');
  });

  it('counts the listed objects', () => {
    // Act
    const reason = listingReason(3, { prefix: '', suffixes: [] });

    // Assess
    expect(reason).toBe('scheduled listing of INPUT_PREFIX "": 3 objects');
  });
});
