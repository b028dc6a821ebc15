import path from 'node:path';
import { runPattern } from '@fsxn-s3ap/tools/local';

const PATTERN = path.resolve(__dirname, '../..');
const IMAGES = [
  'products_bags_canvas-tote.jpg',
  'products_hats_small-cap.jpeg',
  'products_lamps_desk-lamp.webp',
  'products_misc_corrupt-photo.jpg',
  'products_scarves_tall-scarf.png',
  'products_shirts_banner-shirt.webp',
  'products_shoes_red-sneaker.png',
  'products_watches_steel-watch.webp',
];

type Outputs = Awaited<ReturnType<typeof runPattern>>['outputs'];

/** The image stems that have an output of `kind`, one entry per output object. */
function stemsOf(outputs: Outputs, kind: string): string[] {
  return outputs
    .filter((output) => output.key.startsWith(`${kind}/`))
    .map((output) => (output.key.split('/').pop() ?? '').replace(/_v[^_]+_[a-z]+\.json$/, ''))
    .sort();
}

function qualityOf(result: Awaited<ReturnType<typeof runPattern>>, stem: string) {
  const output = result.outputs.find((entry) => entry.key.startsWith('quality/') && entry.key.includes(`/${stem}_`));
  if (!output) throw new Error(`no quality result for ${stem}`);
  return result.readJson<{ passed: boolean; reasons: string[]; width: number | null }>(output.key);
}

describe('retail-catalog workflow', () => {
  it('runs the polling workflow over every demo image', async () => {
    // Act
    const result = await runPattern(PATTERN, { quiet: true });

    // Assess
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('SUCCEEDED');
    for (const kind of ['tags', 'catalog', 'quality']) expect(stemsOf(result.outputs, kind)).toEqual(IMAGES);
    expect(qualityOf(result, 'products_shoes_red-sneaker.png')).toMatchObject({ passed: true, width: 1200 });
    expect(qualityOf(result, 'products_shirts_banner-shirt.webp').reasons).toEqual([
      expect.stringContaining('aspect ratio 3.000'),
    ]);
    expect(qualityOf(result, 'products_hats_small-cap.jpeg').reasons).toHaveLength(2);
    expect(qualityOf(result, 'products_misc_corrupt-photo.jpg').reasons[0]).toContain('unreadable image header');
    const report = result.readJson<{ discovered: { objects: number }; summary: { qualityFailed: number } }>(
      '_report.json',
    );
    expect(report).toMatchObject({
      discovered: { objects: 8 },
      processed: { objects: 8, succeeded: 8, failed: 0 },
      summary: { qualityFailed: 4, qualityPassed: 4 },
      failures: [],
    });
  }, 180_000);

  it('processes every image through the stream: producer tick, Kinesis, consumer, state table, outputs', async () => {
    // Act: two producer ticks; the second finds no change.
    const result = await runPattern(PATTERN, {
      quiet: true,
      ticks: 2,
      params: { EnableStreamingMode: 'true', EnablePollingSchedule: 'false' },
    });

    // Assess
    expect(result.error).toBeUndefined();
    for (const kind of ['tags', 'catalog', 'quality']) expect(stemsOf(result.outputs, kind)).toEqual(IMAGES);
    expect(qualityOf(result, 'products_watches_steel-watch.webp')).toMatchObject({ passed: true });
    expect(result.outputs.some((output) => output.key.startsWith('reports/'))).toBe(false);
  }, 180_000);

  it('processes each image once when polling and streaming run together', async () => {
    // Act
    const result = await runPattern(PATTERN, { quiet: true, params: { EnableStreamingMode: 'true' } });

    // Assess
    expect(result.error).toBeUndefined();
    for (const kind of ['tags', 'catalog', 'quality']) expect(stemsOf(result.outputs, kind)).toEqual(IMAGES);
  }, 180_000);
});
