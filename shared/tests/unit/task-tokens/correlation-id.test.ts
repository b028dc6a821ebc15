import fc from 'fast-check';
import { CORRELATION_ID_PATTERN, isCorrelationId, newCorrelationId } from '../../../src/task-tokens';

describe('newCorrelationId', () => {
  it('always gives 8 lower-case hex characters', () => {
    fc.assert(
      fc.property(fc.uuid(), (uuid) => {
        // Act
        const id = newCorrelationId(() => uuid);

        // Assess
        expect(id).toMatch(CORRELATION_ID_PATTERN);
        expect(id).toBe(uuid.replace(/-/g, '').slice(0, 8).toLowerCase());
      }),
    );
  });

  it('draws from a random UUID by default', () => {
    // Act
    const ids = new Set(Array.from({ length: 50 }, () => newCorrelationId()));

    // Assess
    expect([...ids].every((id) => CORRELATION_ID_PATTERN.test(id))).toBe(true);
    expect(ids.size).toBeGreaterThan(45);
  });

  it('rejects a random source that does not give hex', () => {
    // Act / Assess
    expect(() => newCorrelationId(() => 'not-hex-at-all')).toThrow(TypeError);
  });
});

describe('isCorrelationId', () => {
  it('accepts only strings of exactly 8 lower-case hex characters', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        // Act / Assess
        expect(isCorrelationId(value)).toBe(/^[0-9a-f]{8}$/.test(value));
      }),
    );
    expect(isCorrelationId('ABCDEF12')).toBe(false);
    expect(isCorrelationId(12345678)).toBe(false);
  });
});
