import fc from 'fast-check';
import { readImageHeader } from '../../../src/ai';
import { InvalidImageError } from '../../../src/errors';
import { jpegBytes, pngBytes, webpExtendedBytes, webpLosslessBytes, webpLossyBytes } from './image-bytes';

function expectInvalid(bytes: Uint8Array, reason: RegExp): void {
  const act = () => readImageHeader(bytes);
  expect(act).toThrow(InvalidImageError);
  expect(act).toThrow(reason);
}

describe('readImageHeader', () => {
  it.each([
    ['JPEG baseline', jpegBytes(640, 480), { format: 'jpeg', width: 640, height: 480 }],
    ['JPEG progressive (SOF2)', jpegBytes(1920, 1080, 0xc2), { format: 'jpeg', width: 1920, height: 1080 }],
    ['JPEG lossless (SOF15)', jpegBytes(3, 65535, 0xcf), { format: 'jpeg', width: 3, height: 65535 }],
    ['PNG', pngBytes(800, 600), { format: 'png', width: 800, height: 600 }],
    ['PNG beyond 16 bits', pngBytes(100_000, 1), { format: 'png', width: 100_000, height: 1 }],
    ['WebP lossy', webpLossyBytes(320, 240), { format: 'webp', width: 320, height: 240 }],
    ['WebP lossless', webpLosslessBytes(16383, 2), { format: 'webp', width: 16383, height: 2 }],
    ['WebP extended', webpExtendedBytes(16_777_216, 1), { format: 'webp', width: 16_777_216, height: 1 }],
  ])('reads the size of a %s header', (_name, bytes, expected) => {
    // Prepare, Act
    const header = readImageHeader(bytes);

    // Assess
    expect(header).toEqual(expected);
  });

  it('skips fill bytes and restart markers before the frame header', () => {
    // Prepare
    const valid = jpegBytes(10, 20);
    const bytes = Uint8Array.from([0xff, 0xd8, 0xff, 0xff, 0xff, 0xd0, ...valid.subarray(2)]);

    // Act
    const header = readImageHeader(bytes);

    // Assess
    expect(header).toEqual({ format: 'jpeg', width: 10, height: 20 });
  });

  it('does not read the DHT, JPG or DAC segments as frame headers', () => {
    // Prepare: a DAC segment whose bytes would read as a 9x9 size, then the real SOF.
    const valid = jpegBytes(30, 40);
    const dac = [0xff, 0xcc, 0x00, 0x08, 0x08, 0x00, 0x09, 0x00, 0x09, 0x00];
    const bytes = Uint8Array.from([0xff, 0xd8, ...dac, ...valid.subarray(2)]);

    // Act
    const header = readImageHeader(bytes);

    // Assess
    expect(header).toEqual({ format: 'jpeg', width: 30, height: 40 });
  });

  it('rejects empty bytes', () => {
    expectInvalid(new Uint8Array(0), /empty/);
  });

  it('rejects an unknown format', () => {
    expectInvalid(new TextEncoder().encode('GIF89a....'), /Unrecognised image format/);
  });

  it.each([
    ['JPEG', jpegBytes(64, 48), 42],
    ['PNG', pngBytes(64, 48), 24],
    ['WebP lossy', webpLossyBytes(64, 48), 30],
    ['WebP lossless', webpLosslessBytes(64, 48), 25],
    ['WebP extended', webpExtendedBytes(64, 48), 30],
  ])('rejects every truncation of a %s header and accepts the complete header', (_name, image, needed) => {
    // Prepare
    const lengths = Array.from({ length: needed - 1 }, (_, index) => index + 1);

    // Act
    const outcomes = lengths.map((length) => {
      try {
        readImageHeader(image.subarray(0, length));
        return 'accepted';
      } catch (error) {
        return error instanceof InvalidImageError ? 'invalid' : 'crashed';
      }
    });

    // Assess
    expect(outcomes.every((outcome) => outcome === 'invalid')).toBe(true);
    expect(readImageHeader(image.subarray(0, needed))).toMatchObject({ width: 64, height: 48 });
  });

  it('names the truncated structure in the message', () => {
    expectInvalid(pngBytes(1, 1).subarray(0, 20), /Truncated image header: PNG IHDR chunk needs 24 bytes, got 20/);
  });

  it.each([
    ['a JPEG scan before any frame', Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0, 2]), /before any frame header/],
    ['a JPEG end of image before any frame', Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]), /before any frame header/],
    ['JPEG garbage where a marker belongs', Uint8Array.from([0xff, 0xd8, 0x12, 0x34]), /expected a marker/],
    ['a JPEG segment length below 2', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 1]), /has length 1/],
    ['a short JPEG frame header', Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0, 5, 8, 0, 1, 0, 1]), /below 8/],
    ['a JPEG with zero height', jpegBytes(10, 0), /0 pixels|10x0/],
    ['a PNG without IHDR first', withBytes(pngBytes(1, 1), 12, [0x49, 0x44, 0x41, 0x54]), /expected IHDR/],
    ['a PNG with a wrong IHDR length', withBytes(pngBytes(1, 1), 8, [0, 0, 0, 12]), /expected 13/],
    ['a PNG of zero width', pngBytes(0, 5), /0x5/],
    ['a PNG wider than 2^31-1', pngBytes(0x80000000, 5), /2147483648x5/],
    ['an unknown WebP chunk', withBytes(webpLossyBytes(1, 1), 12, [0x41, 0x4c, 0x50, 0x48]), /expected VP8/],
    ['a lossy WebP that is not a key frame', withBytes(webpLossyBytes(5, 5), 20, [0x11]), /not a key frame/],
    ['a lossy WebP without start code', withBytes(webpLossyBytes(5, 5), 23, [0, 0, 0]), /start code/],
    ['a lossy WebP of zero width', webpLossyBytes(0, 5), /0x5/],
    ['a lossless WebP without signature', withBytes(webpLosslessBytes(5, 5), 20, [0x00]), /signature/],
  ])('rejects %s with a clear reason', (_name, bytes, reason) => {
    expectInvalid(bytes, reason);
  });

  it('never fails on random bytes other than with InvalidImageError', () => {
    const prefixes = fc.constantFrom(
      [],
      [0xff, 0xd8],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0x52, 0x49, 0x46, 0x46, 1, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
    );
    fc.assert(
      fc.property(prefixes, fc.uint8Array({ maxLength: 64 }), (prefix, tail) => {
        // Prepare
        const bytes = Uint8Array.from([...prefix, ...tail]);

        // Act
        try {
          const header = readImageHeader(bytes);

          // Assess
          expect(header.width).toBeGreaterThan(0);
          expect(header.height).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidImageError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips any size through every header kind', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16383 }), fc.integer({ min: 1, max: 16383 }), (width, height) => {
        // Prepare
        const images = [jpegBytes(width, height), pngBytes(width, height), webpLossyBytes(width, height)];

        // Act
        const sizes = [...images, webpLosslessBytes(width, height), webpExtendedBytes(width, height)].map((bytes) => {
          const { width: w, height: h } = readImageHeader(bytes);
          return [w, h];
        });

        // Assess
        for (const size of sizes) expect(size).toEqual([width, height]);
      }),
    );
  });
});

function withBytes(bytes: Uint8Array, offset: number, replacement: number[]): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy.set(replacement, offset);
  return copy;
}
