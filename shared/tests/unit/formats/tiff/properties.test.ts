import fc from 'fast-check';
import {
  bytesSource,
  readTiffHeader,
  TiffFormatError,
  TiffTag,
  TiffType,
  type TiffWriteIfd,
  writeTiff,
} from '../../../../src/formats/tiff';

/** One image: dimensions, tiled or stripped, bits and samples, a few extra tags of varied types. */
const image = fc
  .record({
    width: fc.integer({ min: 1, max: 5000 }),
    height: fc.integer({ min: 1, max: 5000 }),
    tile: fc.option(fc.constantFrom(16, 128, 256, 512), { nil: undefined }),
    rowsPerStrip: fc.integer({ min: 1, max: 600 }),
    bits: fc.constantFrom(8, 16, 32),
    samples: fc.integer({ min: 1, max: 4 }),
    compression: fc.constantFrom(1, 5, 7, 8),
    extras: fc.array(
      fc.oneof(
        fc.record({
          type: fc.constant(TiffType.DOUBLE),
          values: fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 6 }),
        }),
        fc.record({
          type: fc.constant(TiffType.SSHORT),
          values: fc.array(fc.integer({ min: -32768, max: 32767 }), { minLength: 1, maxLength: 9 }),
        }),
        fc.record({ type: fc.constant(TiffType.LONG), values: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }) }),
      ),
      { maxLength: 3 },
    ),
  })
  .map((spec) => spec);

type ImageSpec = typeof image extends fc.Arbitrary<infer T> ? T : never;

function ifdOf(spec: ImageSpec, overview: boolean): TiffWriteIfd {
  const across = spec.tile ? Math.ceil(spec.width / spec.tile) : 1;
  const down = spec.tile ? Math.ceil(spec.height / spec.tile) : Math.ceil(spec.height / spec.rowsPerStrip);
  const entries: TiffWriteIfd['entries'] = [
    { tag: TiffTag.NewSubfileType, type: TiffType.LONG, values: [overview ? 1 : 0] },
    { tag: TiffTag.ImageWidth, type: TiffType.LONG, values: [spec.width] },
    { tag: TiffTag.ImageLength, type: TiffType.SHORT, values: [spec.height] },
    { tag: TiffTag.BitsPerSample, type: TiffType.SHORT, values: Array(spec.samples).fill(spec.bits) },
    { tag: TiffTag.Compression, type: TiffType.SHORT, values: [spec.compression] },
    { tag: TiffTag.SamplesPerPixel, type: TiffType.SHORT, values: [spec.samples] },
    ...spec.extras.map((extra, index) => ({ tag: 60000 + index, ...extra })),
  ];
  if (spec.tile) {
    entries.push({ tag: TiffTag.TileWidth, type: TiffType.SHORT, values: [spec.tile] });
    entries.push({ tag: TiffTag.TileLength, type: TiffType.LONG, values: [spec.tile] });
  } else entries.push({ tag: TiffTag.RowsPerStrip, type: TiffType.LONG, values: [spec.rowsPerStrip] });
  return { entries, data: { layout: spec.tile ? 'tiles' : 'strips', segments: Array(across * down).fill(1) } };
}

const file = fc.record({
  littleEndian: fc.boolean(),
  bigTiff: fc.boolean(),
  images: fc.array(image, { minLength: 1, maxLength: 4 }),
});

describe('TIFF writer and reader round trip', () => {
  it('reads back every image of the IFD chain, in both byte orders, classic and BigTIFF', async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ littleEndian, bigTiff, images }) => {
        const bytes = writeTiff({ littleEndian, bigTiff, ifds: images.map((spec, i) => ifdOf(spec, i > 0)) });
        const info = await readTiffHeader(bytesSource(bytes), { maxReads: 64 });
        expect(info.bigTiff).toBe(bigTiff);
        expect(info.littleEndian).toBe(littleEndian);
        expect(info.images).toHaveLength(images.length);
        info.images.forEach((read, i) => {
          const spec = images[i] as ImageSpec;
          expect([read.width, read.height, read.samplesPerPixel, read.compression]).toEqual([
            spec.width,
            spec.height,
            spec.samples,
            spec.compression,
          ]);
          expect(read.bitsPerSample).toEqual(Array(spec.samples).fill(spec.bits));
          expect(read.reducedResolution).toBe(i > 0);
          if (spec.tile) {
            expect(read.layout).toMatchObject({ kind: 'tiled', tileWidth: spec.tile, tileLength: spec.tile });
          } else
            expect(read.layout).toEqual({
              kind: 'strips',
              rowsPerStrip: Math.min(spec.height, spec.rowsPerStrip),
              stripCount: Math.ceil(spec.height / spec.rowsPerStrip),
            });
        });
        expect(info.stats.bytesRead).toBeLessThanOrEqual(bytes.length);
      }),
      { numRuns: 150 },
    );
  });

  it('a truncated file reads the same header or throws TiffFormatError with an offset inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        file,
        fc.double({ min: 0, max: 1, noNaN: true }),
        async ({ littleEndian, bigTiff, images }, cut) => {
          const bytes = writeTiff({ littleEndian, bigTiff, ifds: images.map((spec, i) => ifdOf(spec, i > 0)) });
          const whole = await readTiffHeader(bytesSource(bytes), { maxReads: 64 });
          const truncated = bytes.subarray(0, Math.floor(cut * bytes.length));
          const outcome = await readTiffHeader(bytesSource(truncated), { maxReads: 64 }).catch(
            (caught: unknown) => caught,
          );
          if (outcome instanceof TiffFormatError) {
            expect(outcome.offset).toBeGreaterThanOrEqual(0);
            expect(outcome.offset).toBeLessThanOrEqual(bytes.length);
          } else expect((outcome as typeof whole).images).toEqual(whole.images);
        },
      ),
      { numRuns: 150 },
    );
  });
});
