/**
 * Measuring helpers for patterns' `bench/` sections (import from `@fsxn-s3ap/tools/bench`): the peak heap of a
 * streaming parse and a chunked byte source, so every parser bench measures the same way.
 */

/** Peak heap in use above the moment of the call, sampled whenever `sample()` runs (call it as chunks flow). */
export function heapPeak(): { sample: () => void; mib: () => string } {
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  return {
    sample: () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
    mib: () => ((peak - start) / 2 ** 20).toFixed(1),
  };
}

/**
 * `parts` as a stream of `chunkBytes`-sized views (no copies), as a ranged or streamed read delivers them;
 * `onChunk` runs every `every` chunks (a heap sample, say).
 */
export async function* byteChunks(
  parts: Iterable<Uint8Array>,
  chunkBytes: number,
  onChunk: () => void = () => {},
  every = 16,
): AsyncGenerator<Uint8Array> {
  if (!Number.isInteger(chunkBytes) || chunkBytes <= 0)
    throw new RangeError(`chunkBytes must be a positive integer, got ${chunkBytes}`);
  let n = 0;
  for (const part of parts) {
    for (let start = 0; start < part.length; start += chunkBytes) {
      n += 1;
      if (n % every === 0) onChunk();
      yield part.subarray(start, start + chunkBytes);
    }
  }
}

/** The floor of a streaming parser: the time to pull every chunk through with no parsing at all. */
export async function drainChunks(chunks: AsyncIterable<Uint8Array>): Promise<number> {
  let bytes = 0;
  for await (const chunk of chunks) bytes += chunk.length;
  return bytes;
}
