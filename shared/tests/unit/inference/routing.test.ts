import fc from 'fast-check';
import { chooseInferenceRoute, DEFAULT_REALTIME_THRESHOLD } from '../../../src/inference';

describe('chooseInferenceRoute', () => {
  it('sends fewer files than the threshold to the endpoint and the rest to Batch Transform', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 1, max: 1000 }), (fileCount, threshold) => {
        // Act
        const route = chooseInferenceRoute({ fileCount, threshold, realtimeEnabled: true });

        // Assess
        expect(route).toBe(fileCount < threshold ? 'realtime' : 'batch');
      }),
    );
  });

  it('always uses Batch Transform without an endpoint', () => {
    fc.assert(
      fc.property(fc.nat(1000), (fileCount) => {
        // Act / Assess
        expect(chooseInferenceRoute({ fileCount, realtimeEnabled: false })).toBe('batch');
      }),
    );
  });

  it('uses a threshold of 10 by default', () => {
    // Act / Assess
    expect(DEFAULT_REALTIME_THRESHOLD).toBe(10);
    expect(chooseInferenceRoute({ fileCount: 9, realtimeEnabled: true })).toBe('realtime');
    expect(chooseInferenceRoute({ fileCount: 10, realtimeEnabled: true })).toBe('batch');
  });

  it('rejects a negative count or a threshold below 1', () => {
    // Act / Assess
    expect(() => chooseInferenceRoute({ fileCount: -1, realtimeEnabled: true })).toThrow(/fileCount/);
    expect(() => chooseInferenceRoute({ fileCount: 1, threshold: 0, realtimeEnabled: true })).toThrow(/threshold/);
  });
});
