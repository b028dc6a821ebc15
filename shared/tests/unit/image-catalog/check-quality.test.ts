import { InvalidImageError } from '../../../src/errors';
import { checkQuality, DEFAULT_QUALITY_RULES, evaluateQuality, readHeader } from '../../../src/image-catalog';
import { imagePorts, objectOf } from './fakes';
import { jpegSegment, makeJpeg, makePng, makeWebp } from './images';

const KB = 1024;

describe('evaluateQuality', () => {
  it('passes an image within every rule', () => {
    // Act
    const checks = evaluateQuality(200 * KB, { format: 'png', width: 1200, height: 1000 }, DEFAULT_QUALITY_RULES);

    // Assess
    expect(checks.every((check) => check.passed)).toBe(true);
  });

  it('accepts the exact limits', () => {
    // Act
    const checks = evaluateQuality(100 * KB, { format: 'png', width: 1600, height: 800 }, DEFAULT_QUALITY_RULES);

    // Assess
    expect(checks.every((check) => check.passed)).toBe(true);
  });

  it('names the measured value and the limit of each failed rule', () => {
    // Act
    const checks = evaluateQuality(
      60 * 1024 * 1024,
      { format: 'jpeg', width: 2100, height: 700 },
      DEFAULT_QUALITY_RULES,
    );

    // Assess
    expect(checks.filter((check) => !check.passed).map((check) => check.reason)).toEqual([
      'shorter side is 700 px (2100x700), below 800 px',
      'file is 62914560 bytes, above the maximum of 52428800',
      'aspect ratio 3.000 is outside 0.5-2',
    ]);
  });
});

describe('checkQuality', () => {
  it('reads only the header and writes a passing result', async () => {
    // Prepare
    const key = 'p/a.png';
    const { ports, input, output } = imagePorts({ [key]: makePng(1200, 1200, 150 * KB) });

    // Act
    const { result, key: written } = await checkQuality(objectOf(input, key), ports);

    // Assess
    expect(result).toMatchObject({ format: 'png', width: 1200, height: 1200, passed: true, reasons: [] });
    expect(input.calls).toMatchObject({ range: 1, bytes: 0 });
    expect(written).toMatch(/^out\/quality\/2025\/03\/04\/p_a\.png_v.+_quality\.json$/);
    expect(output.objects.get(written)).toEqual(result);
  });

  it('lists every failure of a small, wide WebP', async () => {
    // Prepare
    const key = 'w.webp';
    const { ports, input } = imagePorts({ [key]: makeWebp(900, 300) });

    // Act
    const { result } = await checkQuality(objectOf(input, key), ports);

    // Assess
    expect(result.passed).toBe(false);
    expect(result.reasons).toHaveLength(3);
    expect(result.reasons[0]).toContain('shorter side is 300 px');
  });

  it('fails a truncated header per file with a clear reason instead of throwing', async () => {
    // Prepare
    const key = 'broken.jpg';
    const { ports, input } = imagePorts({ [key]: makeJpeg(1000, 1000).subarray(0, 9) });

    // Act
    const { result } = await checkQuality(objectOf(input, key), ports);

    // Assess
    expect(result).toMatchObject({ passed: false, format: null, width: null, height: null });
    expect(result.reasons[0]).toMatch(/^unreadable image header: Truncated image header/);
  });

  it('fails an empty file per file', async () => {
    // Prepare
    const { ports, input } = imagePorts({ 'e.png': new Uint8Array() });

    // Act
    const { result } = await checkQuality(objectOf(input, 'e.png'), ports);

    // Assess
    expect(result.reasons).toEqual([
      'unreadable image header: Image is empty (0 bytes)',
      'file is 0 bytes, below the minimum of 102400',
    ]);
  });

  it('rethrows errors that are not about the image', async () => {
    // Prepare
    const { ports } = imagePorts({});
    const object = { key: 'gone.png', size: 10, etag: 'e', lastModified: '' };

    // Act & Assess
    await expect(checkQuality(object, ports)).rejects.toThrow('does not exist');
  });
});

describe('readHeader', () => {
  it('reads further when the JPEG frame header lies beyond the first 64 KB', async () => {
    // Prepare: 200 KB of COM segments before the frame header.
    const key = 'late.jpg';
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xd8]),
      ...Array.from({ length: 4 }, () => jpegSegment(0xfe, Buffer.alloc(50_000, 0x20))),
      makeJpeg(900, 900).subarray(2),
    ]);
    const { ports, input } = imagePorts({ [key]: bytes });

    // Act
    const header = await readHeader(objectOf(input, key), ports);

    // Assess
    expect(header).toEqual({ format: 'jpeg', width: 900, height: 900 });
    expect(input.calls.range).toBe(2);
  });

  it('fails a small file after one read', async () => {
    // Prepare
    const { ports, input } = imagePorts({ 'x.png': Buffer.from('not an image') });

    // Act & Assess
    await expect(readHeader(objectOf(input, 'x.png'), ports)).rejects.toThrow(InvalidImageError);
    expect(input.calls.range).toBe(1);
  });
});
