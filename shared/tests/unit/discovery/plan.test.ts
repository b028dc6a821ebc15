import fc from 'fast-check';
import { type ManifestChunkRef, planWorkItems } from '../../../src/discovery';
import { PayloadTooLargeError, ValidationError } from '../../../src/errors';
import type { S3ObjectSummary } from '../../../src/s3';

const MANIFEST = 'ai-outputs/manifests/2025/01/01/run-1.json';

const objectArb: fc.Arbitrary<S3ObjectSummary> = fc.record(
  {
    key: fc.string({ minLength: 1, maxLength: 40 }),
    size: fc.nat(),
    etag: fc.string({ maxLength: 34 }),
  },
  { requiredKeys: ['key', 'size'] },
);

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('planWorkItems', () => {
  it('returns the objects inline exactly when they fit, and otherwise chunks covering each object once in order', () => {
    fc.assert(
      fc.property(
        fc.array(objectArb, { maxLength: 120 }),
        fc.integer({ min: 200, max: 6000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 150 }),
        (objects, maxInlineBytes, chunkSize, overheadBytes) => {
          // Act
          let plan: ReturnType<typeof planWorkItems>;
          try {
            plan = planWorkItems(objects, MANIFEST, { maxInlineBytes, chunkSize, overheadBytes });
          } catch (error) {
            // Assess: refusing is only allowed when even the references do not fit.
            expect(error).toBeInstanceOf(PayloadTooLargeError);
            expect(overheadBytes + bytes(objects)).toBeGreaterThan(maxInlineBytes);
            return;
          }

          // Assess
          const fits = overheadBytes + bytes(objects) <= maxInlineBytes;
          expect(plan.inline).toBe(fits);
          expect(overheadBytes + bytes(plan.items)).toBeLessThanOrEqual(maxInlineBytes);
          if (plan.inline) {
            expect(plan.items).toEqual(objects);
            return;
          }
          const chunks = plan.items as ManifestChunkRef[];
          expect(chunks.map((chunk) => chunk.chunkIndex)).toEqual(chunks.map((_, index) => index));
          expect(chunks.every((chunk) => chunk.manifestKey === MANIFEST && chunk.count <= chunkSize)).toBe(true);
          const covered = chunks.flatMap((chunk) => objects.slice(chunk.offset, chunk.offset + chunk.count));
          expect(covered).toEqual(objects);
          expect(chunks.reduce((sum, chunk) => sum + chunk.count, 0)).toBe(objects.length);
          chunks.forEach((chunk, index) => {
            expect(chunk.offset).toBe(index * chunkSize);
          });
        },
      ),
    );
  });

  it('keeps an empty listing inline', () => {
    // Act
    const plan = planWorkItems([], MANIFEST);

    // Assess
    expect(plan).toEqual({ inline: true, items: [] });
  });

  it('splits 2,500 objects into chunks of 1,000, 1,000 and 500 under a small limit', () => {
    // Prepare
    const objects = Array.from({ length: 2500 }, (_, index) => ({ key: `k${index}`, size: index }));

    // Act
    const plan = planWorkItems(objects, MANIFEST, { maxInlineBytes: 10_000 });

    // Assess
    expect(plan.inline).toBe(false);
    expect(plan.items).toEqual([
      { manifestKey: MANIFEST, chunkIndex: 0, offset: 0, count: 1000 },
      { manifestKey: MANIFEST, chunkIndex: 1, offset: 1000, count: 1000 },
      { manifestKey: MANIFEST, chunkIndex: 2, offset: 2000, count: 500 },
    ]);
  });

  it('refuses when even the chunk references exceed the limit', () => {
    // Prepare
    const objects = Array.from({ length: 100 }, (_, index) => ({ key: `k${index}`, size: 1 }));

    // Act
    const act = () => planWorkItems(objects, MANIFEST, { maxInlineBytes: 300, chunkSize: 1 });

    // Assess
    expect(act).toThrow(PayloadTooLargeError);
    expect(act).toThrow('raise the chunk size or lower MAX_OBJECTS');
  });

  it.each([[{ chunkSize: 0 }], [{ maxInlineBytes: -5 }], [{ chunkSize: 2.5 }]])('rejects %j', (options) => {
    // Act / Assess
    expect(() => planWorkItems([], MANIFEST, options)).toThrow(ValidationError);
  });
});
