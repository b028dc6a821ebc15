import fc from 'fast-check';
import { ValidationError } from '../../../src/errors';
import { partitionKeyFor, ROOT_PARTITION } from '../../../src/streaming';

describe('partitionKeyFor', () => {
  it('uses the first path segment', () => {
    // Act & Assess
    expect(partitionKeyFor('products/shoes/a.jpg')).toBe('products');
  });

  it('uses the root partition for keys without a folder', () => {
    // Act & Assess
    expect(partitionKeyFor('a.jpg')).toBe(ROOT_PARTITION);
    expect(partitionKeyFor('/a.jpg')).toBe(ROOT_PARTITION);
  });

  it('adds a hash bucket suffix when buckets are requested', () => {
    // Act
    const key = partitionKeyFor('products/shoes/a.jpg', 8);

    // Assess
    expect(key).toMatch(/^products#[0-7]$/);
  });

  it('spreads one folder over several buckets', () => {
    // Act
    const keys = new Set(Array.from({ length: 200 }, (_, index) => partitionKeyFor(`products/${index}.jpg`, 8)));

    // Assess
    expect(keys.size).toBe(8);
  });

  it('rejects an empty key and out-of-range bucket counts', () => {
    // Act & Assess
    expect(() => partitionKeyFor('')).toThrow(ValidationError);
    expect(() => partitionKeyFor('a/b', -1)).toThrow(/hashBuckets/);
    expect(() => partitionKeyFor('a/b', 1.5)).toThrow(/hashBuckets/);
    expect(() => partitionKeyFor('a/b', 1025)).toThrow(/hashBuckets/);
  });

  it('is stable and within Kinesis limits for any key (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400 }), fc.integer({ min: 0, max: 64 }), (key, buckets) => {
        // Act
        const first = partitionKeyFor(key, buckets);

        // Assess
        expect(partitionKeyFor(key, buckets)).toBe(first);
        expect([...first].length).toBeGreaterThan(0);
        expect([...first].length).toBeLessThanOrEqual(256);
      }),
    );
  });
});
