import fc from 'fast-check';
import { DemoImageLabeler, orientationOf, resolutionClassOf } from '../../../src/ai';
import { InvalidImageError, ValidationError } from '../../../src/errors';
import { jpegBytes, pngBytes, webpLossyBytes } from './image-bytes';

const labeler = new DemoImageLabeler();

describe('DemoImageLabeler', () => {
  it('labels the format, orientation and resolution class from the header', async () => {
    // Prepare
    const bytes = jpegBytes(4000, 3000);

    // Act
    const labels = await labeler.detectLabels({ bytes, minConfidence: 0, maxLabels: 50 });

    // Assess
    const names = labels.map((label) => label.name);
    expect(names).toEqual(expect.arrayContaining(['JPEG Image', 'Landscape', 'High Resolution']));
    expect(labels.find((label) => label.name === 'Landscape')?.parents).toEqual(['Image Orientation']);
  });

  it.each([
    [pngBytes(600, 800), ['PNG Image', 'Portrait', 'Low Resolution']],
    [webpLossyBytes(1024, 1000), ['WebP Image', 'Square', 'Standard Resolution']],
  ])('derives the header labels of other images', async (bytes, expected) => {
    // Prepare, Act
    const labels = await labeler.detectLabels({ bytes, minConfidence: 0 });

    // Assess
    expect(labels.map((label) => label.name)).toEqual(expect.arrayContaining(expected));
  });

  it('returns the same labels for the same bytes and different content labels for different bytes', async () => {
    // Prepare
    const first = pngBytes(640, 480);
    const second = pngBytes(641, 480);

    // Act
    const again = [
      await labeler.detectLabels({ bytes: first, minConfidence: 0 }),
      await labeler.detectLabels({ bytes: first, minConfidence: 0 }),
    ];
    const other = await labeler.detectLabels({ bytes: second, minConfidence: 0 });

    // Assess
    expect(again[1]).toEqual(again[0]);
    expect(other).not.toEqual(again[0]);
  });

  it('respects minConfidence and maxLabels and sorts by confidence', () =>
    fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 10 }),
        async (width, height, minConfidence, maxLabels) => {
          // Prepare
          const bytes = jpegBytes(width, height);

          // Act
          const labels = await labeler.detectLabels({ bytes, minConfidence, maxLabels });

          // Assess
          expect(labels.length).toBeLessThanOrEqual(maxLabels);
          for (const label of labels) {
            expect(label.confidence).toBeGreaterThanOrEqual(minConfidence);
            expect(label.confidence).toBeLessThanOrEqual(100);
          }
          const confidences = labels.map((label) => label.confidence);
          expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
          expect(new Set(labels.map((label) => label.name)).size).toBe(labels.length);
        },
      ),
    ));

  it('keeps only the header labels above 97 % confidence', async () => {
    // Prepare, Act
    const labels = await labeler.detectLabels({ bytes: pngBytes(10, 10), minConfidence: 99.95 });

    // Assess
    expect(labels).toEqual([]);
  });

  it('rejects unreadable bytes with an InvalidImageError', async () => {
    // Prepare
    const bytes = new TextEncoder().encode('not an image at all');

    // Act
    const outcome = labeler.detectLabels({ bytes });

    // Assess
    await expect(outcome).rejects.toThrow(InvalidImageError);
  });

  it('rejects empty bytes with a ValidationError', async () => {
    // Prepare, Act
    const outcome = labeler.detectLabels({ bytes: new Uint8Array(0) });

    // Assess
    await expect(outcome).rejects.toThrow(ValidationError);
  });
});

describe('orientationOf', () => {
  it.each([
    [1000, 960, 'Square'],
    [1000, 940, 'Landscape'],
    [940, 1000, 'Portrait'],
  ])('classifies %ix%i as %s', (width, height, expected) => {
    // Prepare, Act
    const result = orientationOf(width, height);

    // Assess
    expect(result).toBe(expected);
  });
});

describe('resolutionClassOf', () => {
  it.each([
    [4000, 2000, 'High Resolution'],
    [1000, 1000, 'Standard Resolution'],
    [999, 1000, 'Low Resolution'],
  ])('classifies %ix%i as %s', (width, height, expected) => {
    // Prepare, Act
    const result = resolutionClassOf(width, height);

    // Assess
    expect(result).toBe(expected);
  });
});
