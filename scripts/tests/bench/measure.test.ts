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

  it('reports the heap peak in MiB as a non-negative figure', () => {
    const peak = heapPeak();
    const hold = new Array(100_000).fill(1);
    peak.sample();
    expect(Number(peak.mib())).toBeGreaterThanOrEqual(0);
    expect(hold.length).toBe(100_000);
  });
});
