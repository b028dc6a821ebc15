import { byteChunks, drainChunks, heapPeak } from '../../src/bench/measure';

describe('bench measuring helpers', () => {
  it('streams parts as views of at most chunkBytes, calling onChunk every n chunks', async () => {
    // Prepare
    const parts = [new Uint8Array(10).fill(1), new Uint8Array(3).fill(2)];
    let calls = 0;

    // Act
    const chunks: number[] = [];
    for await (const chunk of byteChunks(parts, 4, () => calls++, 2)) chunks.push(chunk.length);

    // Assess
    expect(chunks).toEqual([4, 4, 2, 3]);
    expect(calls).toBe(2);
    expect(await drainChunks(byteChunks(parts, 4))).toBe(13);
  });

  it('rejects a chunk size that would never advance', async () => {
    await expect(drainChunks(byteChunks([new Uint8Array(1)], 0))).rejects.toThrow(RangeError);
  });

  it('reports the heap growth seen at the samples, not what came after the last one', () => {
    // Prepare
    const peak = heapPeak();

    // Act: about 8 MiB of doubles held while sampled, then a larger array after the last sample.
    const held = new Array<number>(1_000_000).fill(0.5);
    peak.sample();
    const sampled = Number(peak.mib());
    const later = new Array<number>(4_000_000).fill(0.5);

    // Assess
    expect(sampled).toBeGreaterThanOrEqual(4);
    expect(Number(peak.mib())).toBe(sampled);
    expect(held.length + later.length).toBe(5_000_000);
  });
});
