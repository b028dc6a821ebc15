import fc from 'fast-check';
import { brightnessBand, colourName, pixelDescriptors } from '../../../src/ai/pixel-descriptors';
import { decodePngPixels, MAX_PNG_PIXEL_BYTES } from '../../../src/ai/png-pixels';
import { pngBytes, rgbPng } from './image-bytes';

describe('decodePngPixels', () => {
  it.each([1, 2, 3, 4] as const)('undoes every row filter for %i channel(s)', (channels) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.nat(), (width, height, seed) => {
        // Prepare
        const pixel = (x: number, y: number) =>
          Array.from({ length: channels }, (_, c) => (seed + x * 37 + y * 91 + c * 53) & 0xff);
        const bytes = rgbPng(width, height, pixel, { channels });

        // Act
        const decoded = decodePngPixels(bytes);

        // Assess
        const expected = Array.from({ length: height }, (_, y) =>
          Array.from({ length: width }, (_, x) => pixel(x, y)).flat(),
        ).flat();
        expect(decoded).toMatchObject({ width, height, channels });
        expect([...(decoded?.data ?? [])]).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it.each([
    ['a 16-bit image', rgbPng(2, 2, () => [1, 2, 3], { depth: 16 })],
    ['an interlaced image', rgbPng(2, 2, () => [1, 2, 3], { interlace: 1 })],
    ['a header without IDAT', pngBytes(4, 4)],
    ['a corrupt deflate stream', rgbPng(2, 2, () => [1, 2, 3], { idat: Uint8Array.from([1, 2, 3, 4]) })],
    ['a truncated chunk', rgbPng(8, 8, () => [1, 2, 3]).subarray(0, 40)],
  ])('gives undefined for %s (header-only descriptors then)', (_name, bytes) => {
    // Act & Assess
    expect(decodePngPixels(bytes)).toBeUndefined();
  });

  it('does not inflate an image larger than MAX_PNG_PIXEL_BYTES', () => {
    // Prepare: the IHDR claims 5000 x 5000 RGBA, over the cap; the stream is a few bytes.
    const bytes = rgbPng(1, 1, () => [0, 0, 0, 0], { channels: 4 });
    const view = new DataView(bytes.buffer);
    view.setUint32(16, 5000);
    view.setUint32(20, 5000);

    // Act & Assess
    expect(5000 * (1 + 5000 * 4)).toBeGreaterThan(MAX_PNG_PIXEL_BYTES);
    expect(decodePngPixels(bytes)).toBeUndefined();
  });

  it('rejects a stream that inflates to more or less than the declared size', () => {
    // Prepare: a 4 x 4 RGB stream declared as 4 x 3.
    const bytes = rgbPng(4, 4, () => [9, 9, 9]);
    new DataView(bytes.buffer).setUint32(20, 3);

    // Act & Assess
    expect(decodePngPixels(bytes)).toBeUndefined();
  });
});

describe('pixel descriptors', () => {
  it.each([
    [[0, 0, 0], 'Black'],
    [[255, 255, 255], 'White'],
    [[128, 128, 128], 'Grey'],
    [[230, 20, 20], 'Red'],
    [[240, 140, 20], 'Orange'],
    [[230, 230, 30], 'Yellow'],
    [[30, 200, 40], 'Green'],
    [[30, 200, 210], 'Cyan'],
    [[30, 40, 220], 'Blue'],
    [[150, 40, 220], 'Purple'],
    [[230, 40, 170], 'Pink'],
    [[230, 20, 40], 'Red'],
  ])('names %j %s', (rgb, name) => {
    // Act & Assess
    expect(colourName(rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0)).toBe(name);
  });

  it('bands brightness by luma', () => {
    expect([brightnessBand(10), brightnessBand(128), brightnessBand(250)]).toEqual([
      'Dark',
      'Medium Brightness',
      'Bright',
    ]);
  });

  it('gives confidences that are shares of the opaque pixels, and says when none is opaque', () => {
    // Prepare: grey+alpha, three quarters white and opaque, one quarter transparent.
    const pixels = {
      width: 4,
      height: 1,
      channels: 2 as const,
      data: Uint8Array.from([255, 255, 250, 255, 240, 255, 0, 0]),
    };
    const clear = { width: 1, height: 1, channels: 4 as const, data: Uint8Array.from([1, 2, 3, 0]) };

    // Act & Assess
    expect(pixelDescriptors(pixels)).toEqual([
      { name: 'White', confidence: 100, parents: ['Colour'] },
      { name: 'Bright', confidence: 100, parents: ['Brightness'] },
    ]);
    expect(pixelDescriptors(clear)).toEqual([{ name: 'Transparent', confidence: 100, parents: ['Image Content'] }]);
  });

  it('keeps confidences within 0-100 and colours over the 10 % share', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 3, maxLength: 300 }), (bytes) => {
        const length = bytes.length - (bytes.length % 3);
        const labels = pixelDescriptors({ width: length / 3, height: 1, channels: 3, data: bytes.subarray(0, length) });
        for (const label of labels) {
          expect(label.confidence).toBeGreaterThanOrEqual(label.parents[0] === 'Colour' ? 10 : 0);
          expect(label.confidence).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
