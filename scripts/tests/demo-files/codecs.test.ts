import fc from 'fast-check';
import { PNG } from 'pngjs';
import * as UTIF from 'utif2';
import { encodePng, encodeTiff, type Raster, textImage, tiffImage } from '../../src/demo-files';
import { packBits } from '../../src/demo-files/packbits';

/** PackBits decoding (TIFF 6.0, section 9) for the assertions. */
function unpackBits(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const header = bytes[i] ?? 0;
    if (header < 128) {
      out.push(...bytes.subarray(i + 1, i + 2 + header));
      i += header + 2;
    } else if (header > 128) {
      for (let n = 0; n < 257 - header; n += 1) out.push(bytes[i + 1] ?? -1);
      i += 2;
    } else i += 1;
  }
  return out;
}

const raster = fc
  .record({
    width: fc.integer({ min: 1, max: 40 }),
    height: fc.integer({ min: 1, max: 30 }),
    channels: fc.constantFrom(1, 3),
  })
  .chain(({ width, height, channels }) =>
    fc
      .uint8Array({ minLength: width * height * channels, maxLength: width * height * channels })
      .map((data): Raster => ({ width, height, channels: channels as 1 | 3, data })),
  );

/** Rows with long runs and noise mixed, as text and flat images have. */
const runsRow = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 3 })), { maxLength: 12 })
  .map((runs) => Uint8Array.from(runs.flatMap(([length, value]) => Array<number>(length).fill(value))));

describe('packBits', () => {
  it('decodes back to the row, never growing it by more than one byte per 128', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), runsRow), (row) => {
        // Act
        const packed = packBits(row);
        // Assess
        expect(unpackBits(packed)).toEqual([...row]);
        expect(packed.length).toBeLessThanOrEqual(row.length + Math.ceil(row.length / 128));
      }),
    );
  });
});

describe('encodePng and encodeTiff', () => {
  it('round-trip any raster through pngjs and utif2, TIFF uncompressed or PackBits', () => {
    fc.assert(
      fc.property(raster, fc.constantFrom('none', 'packbits' as const), (image, compression) => {
        // Act
        const png = PNG.sync.read(Buffer.from(encodePng(image)));
        const tiff = encodeTiff([image], compression);
        const buffer = tiff.buffer.slice(tiff.byteOffset, tiff.byteOffset + tiff.byteLength) as ArrayBuffer;
        const [page] = UTIF.decode(buffer);
        UTIF.decodeImage(buffer, page!);
        const rgba = UTIF.toRGBA8(page!);
        // Assess
        const expected = Array.from({ length: image.width * image.height }, (_, p) =>
          image.channels === 1 ? [image.data[p]] : [...image.data.subarray(p * 3, p * 3 + 3)],
        ).flat();
        const pick = (data: Uint8Array) =>
          Array.from({ length: image.width * image.height }, (_, p) =>
            image.channels === 1 ? [data[p * 4]] : [...data.subarray(p * 4, p * 4 + 3)],
          ).flat();
        expect(pick(png.data)).toEqual(expected);
        expect(pick(rgba)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('makes text TIFFs much smaller with PackBits', () => {
    // Act
    const plain = tiffImage({ width: 400, height: 100, fill: [255, 255, 255] });
    const packed = tiffImage({ width: 400, height: 100, fill: [255, 255, 255] }, { compression: 'packbits' });
    const text = textImage({ lines: ['Packed text'], format: 'tiff', compression: 'packbits' });
    // Assess
    expect(packed.length * 10).toBeLessThan(plain.length);
    expect(text.length).toBeLessThan(textImage({ lines: ['Packed text'], format: 'tiff' }).length / 3);
  });
});
