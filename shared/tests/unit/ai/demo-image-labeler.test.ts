import fc from 'fast-check';
import { DemoImageLabeler, orientationOf, resolutionClassOf } from '../../../src/ai';
import { InvalidImageError, ValidationError } from '../../../src/errors';
import { jpegBytes, pngBytes, rgbPng, webpLossyBytes } from './image-bytes';

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

  it('returns the same labels for the same bytes, and only what the header shows when pixels are absent', async () => {
    // Prepare
    const bytes = pngBytes(640, 480);

    // Act
    const first = await labeler.detectLabels({ bytes, minConfidence: 0 });
    const again = await labeler.detectLabels({ bytes, minConfidence: 0 });

    // Assess
    expect(again).toEqual(first);
    expect(first).toEqual([
      { name: 'Landscape', confidence: 100, parents: ['Image Orientation'] },
      { name: 'Low Resolution', confidence: 100, parents: ['Image Quality'] },
      { name: 'PNG Image', confidence: 100, parents: ['Image'] },
    ]);
    expect(labeler.source).toBe('demo');
  });

  it('describes decoded PNG pixels by colour share and brightness, never by invented objects', async () => {
    // Prepare: left half red, right half blue.
    const bytes = rgbPng(40, 20, (x) => (x < 20 ? [220, 20, 20] : [20, 20, 220]));

    // Act
    const labels = await labeler.detectLabels({ bytes, minConfidence: 0 });

    // Assess
    expect(labels.filter((label) => label.parents[0] === 'Colour')).toEqual([
      { name: 'Blue', confidence: 50, parents: ['Colour'] },
      { name: 'Red', confidence: 50, parents: ['Colour'] },
    ]);
    expect(labels.find((label) => label.parents[0] === 'Brightness')).toEqual({
      name: 'Dark',
      confidence: 100,
      parents: ['Brightness'],
    });
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

  it('keeps only the certain header labels at the highest threshold', async () => {
    // Prepare, Act
    const bytes = rgbPng(10, 10, (x) => (x < 5 ? [250, 250, 250] : [0, 0, 0]));
    const labels = await labeler.detectLabels({ bytes, minConfidence: 99.95 });

    // Assess
    expect(labels.map((label) => label.name)).toEqual(['PNG Image', 'Low Resolution', 'Square'].sort());
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
