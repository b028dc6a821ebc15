import fc from 'fast-check';
import { layoutResults, resultPrefix, splitResults } from '../../../src/local/distributed-map/result-writer';

const child = (name: string, status: 'SUCCEEDED' | 'FAILED') => ({
  ExecutionArn: `arn:aws:states:us-east-1:000000000000:execution:M/Map:${name}`,
  Input: '{}',
  InputDetails: { Included: true },
  Name: name,
  RedriveCount: 0,
  RedriveStatus: 'NOT_REDRIVABLE',
  RedriveStatusReason: '',
  StartDate: '2025-01-01T00:00:00.000Z',
  StateMachineArn: 'arn:aws:states:us-east-1:000000000000:stateMachine:M/Map',
  Status: status,
  StopDate: '2025-01-01T00:00:01.000Z',
  ...(status === 'FAILED' ? { Error: 'Boom', Cause: 'bad' } : { Output: '{}', OutputDetails: { Included: true } }),
});

describe('layoutResults', () => {
  it('writes <Prefix>/<map run id>/SUCCEEDED_0.json, FAILED_0.json and a manifest listing them with sizes', () => {
    // Act
    const { objects, manifestKey } = layoutResults({
      bucket: 'out',
      prefix: 'runs/',
      mapRunId: 'id-1',
      mapRunArn: 'arn:map',
      results: [child('a', 'SUCCEEDED'), child('b', 'FAILED'), child('c', 'SUCCEEDED')],
    });

    // Assess
    expect(objects.map((object) => object.key)).toEqual([
      'runs/id-1/SUCCEEDED_0.json',
      'runs/id-1/FAILED_0.json',
      'runs/id-1/manifest.json',
    ]);
    expect(manifestKey).toBe('runs/id-1/manifest.json');
    const manifest = JSON.parse(objects[2]?.body ?? '');
    expect(manifest).toEqual({
      DestinationBucket: 'out',
      MapRunArn: 'arn:map',
      ResultFiles: {
        FAILED: [{ Key: 'runs/id-1/FAILED_0.json', Size: Buffer.byteLength(objects[1]?.body ?? '') }],
        PENDING: [],
        SUCCEEDED: [{ Key: 'runs/id-1/SUCCEEDED_0.json', Size: Buffer.byteLength(objects[0]?.body ?? '') }],
      },
    });
    expect(JSON.parse(objects[0]?.body ?? '').map((entry: { Name: string }) => entry.Name)).toEqual(['a', 'c']);
    expect(JSON.parse(objects[1]?.body ?? '')[0]).toMatchObject({ Name: 'b', Error: 'Boom', Cause: 'bad' });
  });

  it('omits the file of a status without results and never doubles or leads with a slash', () => {
    // Act
    const { objects } = layoutResults({ bucket: 'b', prefix: '', mapRunId: 'r', mapRunArn: 'a', results: [] });

    // Assess
    expect(objects.map((object) => object.key)).toEqual(['r/manifest.json']);
    expect(resultPrefix('p', 'r')).toBe('p/r/');
  });
});

describe('splitResults', () => {
  const entry = (name: string) =>
    ({ Name: name, Status: 'SUCCEEDED', Input: 'x'.repeat(100) }) as unknown as Parameters<
      typeof splitResults
    >[0][number];

  it('keeps every entry once, in order, each file a JSON array within the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 150, max: 2000 }), (count, maxBytes) => {
        const entries = Array.from({ length: count }, (_, index) => entry(`e${index}`));
        const files = splitResults(entries, maxBytes);
        const names = files.flatMap((file) => (JSON.parse(file) as { Name: string }[]).map((item) => item.Name));
        expect(names).toEqual(entries.map((item) => item.Name));
        for (const file of files) {
          const items = JSON.parse(file) as unknown[];
          if (items.length > 1) expect(Buffer.byteLength(file)).toBeLessThanOrEqual(maxBytes);
        }
      }),
    );
  });
});
