import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { bgzf } from '../../../scripts/demo-data/formats';
import { feedStream, isGzipKey } from '../../../src/domain/decoded-stream';

/** A stream of `bytes` in chunks of `size`, recording whether it was destroyed. */
function source(bytes: Uint8Array, size = 1024) {
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += size)
    chunks.push(Buffer.from(bytes.subarray(start, start + size)));
  return Readable.from(chunks, { objectMode: false });
}

async function collect(bytes: Uint8Array, gzip: boolean): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  await feedStream(source(bytes), gzip, (chunk) => {
    parts.push(Buffer.from(chunk));
    return true;
  });
  return Buffer.concat(parts);
}

describe('feedStream', () => {
  const text = Buffer.from('ACGT\n'.repeat(5000));

  it('gunzips gzip and BGZF (concatenated members) alike', async () => {
    await expect(collect(gzipSync(text), true)).resolves.toEqual(text);
    await expect(collect(bgzf(text, 1000), true)).resolves.toEqual(text);
    await expect(collect(text, false)).resolves.toEqual(text);
  });

  it('throws GzipFormatError for any truncation of a gzip stream', async () => {
    const gz = gzipSync(text);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: gz.length - 1 }), async (cut) => {
        const error = await collect(gz.subarray(0, cut), true).catch((caught: Error) => caught);
        expect(error).toMatchObject({ name: 'GzipFormatError' });
        const compressed = Number(/after (\d+) compressed bytes/.exec((error as Error).message)?.[1]);
        expect(compressed).toBeLessThanOrEqual(cut);
      }),
      { numRuns: 40 },
    );
  });

  it('throws GzipFormatError for bytes that are not gzip', async () => {
    await expect(collect(text, true)).rejects.toThrow(
      expect.objectContaining({ name: 'GzipFormatError', message: expect.stringContaining('Z_DATA_ERROR') }),
    );
  });

  it('stops reading and destroys the stream as soon as the parser has enough', async () => {
    // Prepare
    const body = source(gzipSync(text), 64);
    let calls = 0;

    // Act
    const result = await feedStream(body, true, () => {
      calls += 1;
      return false;
    });

    // Assess
    expect(result.stopped).toBe(true);
    expect(calls).toBe(1);
    expect(result.bytes).toBeLessThan(text.length);
    expect(body.destroyed).toBe(true);
  });

  it("passes on the body's own error unchanged", async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('connection reset'), { name: 'ThrottlingError' }));
      },
    });
    await expect(feedStream(failing, true, () => true)).rejects.toThrow(
      expect.objectContaining({ name: 'ThrottlingError' }),
    );
  });

  it('reads .gz keys through gunzip, whatever the case', () => {
    expect([isGzipKey('a.fastq.GZ'), isGzipKey('a.vcf.gz'), isGzipKey('a.fastq'), isGzipKey('a.gzip')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
