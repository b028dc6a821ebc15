import fc from 'fast-check';
import { SERVERLESS_MEMORY_SIZES_MB, validateServerlessConfig } from '../../../src/inference';

describe('validateServerlessConfig', () => {
  it('accepts 1024-6144 MB in steps of 1024 and a concurrency of 1-200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 200 }), (step, maxConcurrency) => {
        // Prepare
        const config = { memorySizeInMb: step * 1024, maxConcurrency };

        // Act / Assess
        expect(validateServerlessConfig(config)).toEqual(config);
      }),
    );
    expect(SERVERLESS_MEMORY_SIZES_MB).toHaveLength(6);
  });

  it('rejects memory off the 1024 MB grid or out of range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 20_000 }), (memorySizeInMb) => {
        fc.pre(!(memorySizeInMb % 1024 === 0 && memorySizeInMb >= 1024 && memorySizeInMb <= 6144));
        // Act / Assess
        expect(() => validateServerlessConfig({ memorySizeInMb, maxConcurrency: 5 })).toThrow(/memory/);
      }),
    );
  });

  it('rejects a concurrency outside 1-200 or not an integer', () => {
    // Act / Assess
    for (const maxConcurrency of [0, 201, 2.5, -1]) {
      expect(() => validateServerlessConfig({ memorySizeInMb: 4096, maxConcurrency })).toThrow(/concurrency/);
    }
  });
});
