import path from 'node:path';
import { runPattern } from '@fsxn-s3ap/tools/local';

const PATTERN = path.resolve(__dirname, '../..');
/**
 * The bucket the local runtime uploads the demo data into and names in the Object Created events it emits; the
 * stack's input bucket takes that name so the rule's bucket filter matches.
 */

interface LatencyRecord {
  status: string;
  key: string;
  eventToProcessingMs: number;
  processingMs: number;
  endToEndMs: number;
  outputKeys: string[];
}

describe('event-driven prototype workflow', () => {
  it('processes each uploaded image once through EventBridge and reports its latency', async () => {
    // Act
    const result = await runPattern(PATTERN, { quiet: true });

    // Assess
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('SUCCEEDED');
    const latency = result.outputs
      .filter((output) => output.key.startsWith('latency/'))
      .map((output) => result.readJson<LatencyRecord>(output.key))
      .sort((a, b) => a.key.localeCompare(b.key));
    expect(latency.map((record) => [record.key, record.status])).toEqual([
      ['products/bags/canvas-tote.jpg', 'PROCESSED'],
      ['products/hats/small-cap.jpeg', 'PROCESSED'],
      ['products/misc/corrupt-photo.jpg', 'PROCESSED'],
    ]);
    for (const record of latency) {
      expect(record.outputKeys).toHaveLength(3);
      expect(record.endToEndMs).toBeGreaterThanOrEqual(record.processingMs);
      process.stdout.write(
        `local latency ${record.key}: event->processing ${record.eventToProcessingMs} ms, processing ${record.processingMs} ms, end-to-end ${record.endToEndMs} ms\n`,
      );
    }
    const quality = (key: string) =>
      result.readJson<{ passed: boolean; reasons: string[] }>(
        result.outputs.find((output) => output.key.startsWith('quality/') && output.key.includes(key))?.key ?? key,
      );
    expect(quality('canvas-tote').passed).toBe(true);
    expect(quality('small-cap').reasons[0]).toMatch(/^shorter side is/);
    expect(quality('corrupt-photo').reasons[0]).toMatch(/^unreadable image header/);
    expect(result.outputs.some((output) => output.key.includes('README'))).toBe(false);
  }, 180_000);
});
