import fc from 'fast-check';
import { parseGdsStream } from '../../../../src/domain/gds/gds-metrics';
import { writeGds } from '../../../../src/domain/gds/gds-writer';
import { ErrorName } from '../../../../src/errors';
import { chunked, expectedMetrics } from '../../../support/gds-oracle';
import { libraryArb } from './arbitraries';

const offsetsIn = (message: string) => [...message.matchAll(/offset (\d+)/g)].map((match) => Number(match[1]));

describe('parseGdsStream', () => {
  it('finds what the writer wrote, however the stream is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        libraryArb,
        fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 8 }),
        async (library, sizes) => {
          // Prepare
          const bytes = writeGds(library);
          const expected = expectedMetrics(library);

          // Act
          const metrics = await parseGdsStream(chunked(bytes, sizes));

          // Assess
          expect(metrics).toMatchObject({ ...expected, bytes: bytes.length, version: 600 });
          expect(metrics.userUnitsPerDbUnit).toBe(library.userUnitsPerDbUnit);
          expect(metrics.metersPerDbUnit).toBe(library.metersPerDbUnit);
          expect(metrics.bboxArea).toBeCloseTo(metrics.bboxWidth * metrics.bboxHeight, 9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('throws GdsFormatError naming an offset within the bytes read, wherever the stream is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        libraryArb.chain((library) => {
          const bytes = writeGds(library);
          return fc.tuple(fc.constant(bytes), fc.integer({ min: 0, max: bytes.length - 1 }));
        }),
        async ([bytes, cut]) => {
          // Act
          const error = await parseGdsStream(chunked(bytes.subarray(0, cut), [7, 64])).catch((e: unknown) => e);

          // Assess
          expect(error).toMatchObject({ name: ErrorName.GdsFormatError });
          const offsets = offsetsIn((error as Error).message);
          expect(offsets.length).toBeGreaterThan(0);
          for (const offset of offsets) expect(offset).toBeLessThanOrEqual(cut);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stops at ENDLIB: the zero padding a tape block adds is never read as records', async () => {
    // Prepare
    const library = {
      name: 'PAD',
      userUnitsPerDbUnit: 0.001,
      metersPerDbUnit: 1e-9,
      structures: [{ name: 'A', elements: [] }],
    };
    const bytes = writeGds(library);
    const padded = new Uint8Array(2048);
    padded.set(bytes);

    // Act
    const metrics = await parseGdsStream(chunked(padded, [100]));

    // Assess
    expect(metrics).toMatchObject({ cellCount: 1, emptyCells: ['A'], bytes: bytes.length, bbox: null, bboxArea: 0 });
  });
});
