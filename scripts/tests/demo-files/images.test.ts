import { decode as decodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import * as UTIF from 'utif2';
import { DemoFileError, jpegImage, pngImage, textImage, tiffImage } from '../../src/demo-files';

function png(bytes: Uint8Array) {
  return PNG.sync.read(Buffer.from(bytes));
}

function tiffPages(bytes: Uint8Array) {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const pages = UTIF.decode(buffer);
  for (const page of pages) UTIF.decodeImage(buffer, page);
  return pages.map((page) => ({ width: page.width, height: page.height, rgba: UTIF.toRGBA8(page) }));
}

describe('pngImage', () => {
  it('writes a PNG that pngjs decodes to the same size and colour', () => {
    // Act
    const decoded = png(pngImage({ width: 7, height: 3, fill: [10, 200, 30] }));
    // Assess
    expect([decoded.width, decoded.height]).toEqual([7, 3]);
    expect([...decoded.data.subarray(0, 4)]).toEqual([10, 200, 30, 255]);
    expect([...decoded.data.subarray(-4)]).toEqual([10, 200, 30, 255]);
  });

  it('keeps caller pixels, gray or RGB', () => {
    // Arrange
    const gray = Uint8Array.from([0, 64, 128, 255]);
    // Act
    const decoded = png(pngImage({ width: 2, height: 2, pixels: gray, channels: 1 }));
    // Assess
    expect([0, 1, 2, 3].map((i) => decoded.data[i * 4])).toEqual([0, 64, 128, 255]);
  });

  it('draws a different scene per seed and the same bytes for the same seed', () => {
    // Act
    const first = pngImage({ width: 40, height: 30, seed: 'cat.png' });
    const again = pngImage({ width: 40, height: 30, seed: 'cat.png' });
    const other = pngImage({ width: 40, height: 30, seed: 'dog.png' });
    // Assess
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
    expect(png(other).width).toBe(40);
  });

  it.each([
    [{ width: 0, height: 3, fill: [0, 0, 0] as const }, /width must be an integer/],
    [{ width: 2, height: 2.5, fill: [0, 0, 0] as const }, /height must be an integer/],
    [{ width: 2, height: 2, pixels: new Uint8Array(5) }, /pixels must hold 12 bytes/],
  ])('rejects %o with a DemoFileError', (source, message) => {
    // Act / Assess
    expect(() => pngImage(source)).toThrow(DemoFileError);
    expect(() => pngImage(source)).toThrow(message);
  });
});

describe('jpegImage', () => {
  it('writes a JPEG that jpeg-js decodes to the same size, colour within JPEG loss', () => {
    // Act
    const bytes = jpegImage({ width: 16, height: 8, fill: [200, 40, 40], quality: 95 });
    const decoded = decodeJpeg(bytes, { useTArray: true });
    // Assess
    expect([decoded.width, decoded.height]).toEqual([16, 8]);
    expect(Math.abs((decoded.data[0] ?? 0) - 200)).toBeLessThan(8);
    expect(
      Buffer.from(jpegImage({ width: 16, height: 8, fill: [200, 40, 40], quality: 95 })).equals(Buffer.from(bytes)),
    ).toBe(true);
  });

  it('rejects a quality outside 1-100', () => {
    // Act / Assess
    expect(() => jpegImage({ width: 2, height: 2, fill: [0, 0, 0], quality: 0 })).toThrow(/quality must be/);
  });
});

describe('tiffImage', () => {
  it('writes a baseline TIFF whose pixels decode exactly (RGB)', () => {
    // Arrange
    const pixels = Uint8Array.from({ length: 5 * 4 * 3 }, (_, i) => (i * 7) % 256);
    // Act
    const [page] = tiffPages(tiffImage({ width: 5, height: 4, pixels }));
    // Assess
    expect([page?.width, page?.height]).toEqual([5, 4]);
    expect([...(page?.rgba.subarray(0, 8) ?? [])]).toEqual([0, 7, 14, 255, 21, 28, 35, 255]);
  });

  it('writes one page per source, gray and RGB, over several strips', () => {
    // Act
    const pages = tiffPages(
      tiffImage([
        { width: 300, height: 100, seed: 1 },
        { width: 3, height: 2, pixels: Uint8Array.from([0, 50, 100, 150, 200, 250]), channels: 1 },
      ]),
    );
    // Assess
    expect(pages.map((page) => [page.width, page.height])).toEqual([
      [300, 100],
      [3, 2],
    ]);
    expect([0, 1, 2, 3, 4, 5].map((i) => pages[1]?.rgba[i * 4])).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it('rejects an empty page list', () => {
    // Act / Assess
    expect(() => tiffImage([])).toThrow(DemoFileError);
  });
});

describe('textImage', () => {
  it('renders dark text on white in each format, decodable to the same size', () => {
    // Act
    const pngBytes = textImage({ lines: ['Hello OCR', 'Line two'] });
    const decoded = png(pngBytes);
    const jpeg = decodeJpeg(textImage({ lines: ['Hello OCR', 'Line two'], format: 'jpeg' }), { useTArray: true });
    const [tiff] = tiffPages(textImage({ lines: ['Hello OCR', 'Line two'], format: 'tiff' }));
    // Assess
    expect([jpeg.width, jpeg.height]).toEqual([decoded.width, decoded.height]);
    expect([tiff?.width, tiff?.height]).toEqual([decoded.width, decoded.height]);
    const samples = [...decoded.data.filter((_, i) => i % 4 === 0)];
    expect(Math.min(...samples)).toBeLessThan(40);
    expect(samples[0]).toBe(255);
    expect(samples.filter((value) => value < 128).length / samples.length).toBeGreaterThan(0.03);
  });

  it('is deterministic and grows with scale and width', () => {
    // Act
    const small = png(textImage({ lines: ['abc'] }));
    const large = png(textImage({ lines: ['abc'], scale: 2 }));
    const wide = png(textImage({ lines: ['abc'], width: 500 }));
    // Assess
    expect(Buffer.from(textImage({ lines: ['abc'] })).equals(Buffer.from(textImage({ lines: ['abc'] })))).toBe(true);
    expect(large.height).toBeGreaterThan(small.height * 1.8);
    expect(wide.width).toBe(500);
  });

  it('rejects no lines and a bad scale', () => {
    // Act / Assess
    expect(() => textImage({ lines: [] })).toThrow(/at least one line/);
    expect(() => textImage({ lines: ['a'], scale: 0 })).toThrow(/scale must be/);
  });
});
