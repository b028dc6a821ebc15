import fc from 'fast-check';
import { ConfigError, ValidationError } from '../../../src/errors';
import { DEFAULT_THRESHOLDS, evaluateConfidence, thresholdsFromEnv } from '../../../src/human-review';

describe('evaluateConfidence', () => {
  it.each([
    [1, 'AUTO_APPROVE'],
    [0.85, 'AUTO_APPROVE'],
    [0.8499, 'HUMAN_REVIEW'],
    [0.3, 'HUMAN_REVIEW'],
    [0.2999, 'REJECT'],
    [0, 'REJECT'],
  ])('routes %p to %s with the default thresholds', (score, expected) => {
    // Prepare, Act
    const decision = evaluateConfidence(score);

    // Assess
    expect(decision).toBe(expected);
  });

  it('uses the thresholds it is given, inclusive at both limits', () => {
    // Prepare
    const thresholds = { autoApprove: 0.6, reject: 0.6 };

    // Act
    const decisions = [evaluateConfidence(0.6, thresholds), evaluateConfidence(0.59, thresholds)];

    // Assess
    expect(decisions).toEqual(['AUTO_APPROVE', 'REJECT']);
  });

  it.each([Number.NaN, -0.01, 1.01, Number.POSITIVE_INFINITY])(
    'rejects the score %p with a ValidationError',
    (score) => {
      // Prepare, Act
      const act = () => evaluateConfidence(score);

      // Assess
      expect(act).toThrow(ValidationError);
      expect(act).toThrow(/within \[0, 1\]/);
    },
  );

  it('rejects inconsistent thresholds with a ValidationError', () => {
    // Prepare, Act
    const act = () => evaluateConfidence(0.5, { autoApprove: 0.2, reject: 0.4 });

    // Assess
    expect(act).toThrow(ValidationError);
  });

  it('is monotonic: a higher score never gets a worse decision', () => {
    const rank = { REJECT: 0, HUMAN_REVIEW: 1, AUTO_APPROVE: 2 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, t1, t2) => {
          // Prepare
          const thresholds = { reject: Math.min(t1, t2), autoApprove: Math.max(t1, t2) };
          const [low, high] = a <= b ? [a, b] : [b, a];

          // Act
          const lowDecision = evaluateConfidence(low, thresholds);
          const highDecision = evaluateConfidence(high, thresholds);

          // Assess
          expect(rank[highDecision]).toBeGreaterThanOrEqual(rank[lowDecision]);
        },
      ),
    );
  });

  it('decides exactly by the boundaries', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (score) => {
        // Prepare
        const { autoApprove, reject } = DEFAULT_THRESHOLDS;

        // Act
        const decision = evaluateConfidence(score);

        // Assess
        const expected = score >= autoApprove ? 'AUTO_APPROVE' : score >= reject ? 'HUMAN_REVIEW' : 'REJECT';
        expect(decision).toBe(expected);
      }),
    );
  });
});

describe('thresholdsFromEnv', () => {
  it('defaults to 0.85 and 0.30', () => {
    // Prepare, Act
    const thresholds = thresholdsFromEnv({});

    // Assess
    expect(thresholds).toEqual({ autoApprove: 0.85, reject: 0.3 });
  });

  it('reads both variables', () => {
    // Prepare
    const env = { HUMAN_REVIEW_AUTO_APPROVE_THRESHOLD: '0.9', HUMAN_REVIEW_REJECT_THRESHOLD: '0.1' };

    // Act
    const thresholds = thresholdsFromEnv(env);

    // Assess
    expect(thresholds).toEqual({ autoApprove: 0.9, reject: 0.1 });
  });

  it.each([
    [{ HUMAN_REVIEW_AUTO_APPROVE_THRESHOLD: '0.2', HUMAN_REVIEW_REJECT_THRESHOLD: '0.5' }, /reject <= autoApprove/],
    [{ HUMAN_REVIEW_AUTO_APPROVE_THRESHOLD: '1.5' }, /HUMAN_REVIEW_AUTO_APPROVE_THRESHOLD must be within \[0, 1\]/],
    [{ HUMAN_REVIEW_REJECT_THRESHOLD: '-0.1' }, /HUMAN_REVIEW_REJECT_THRESHOLD/],
    [{ HUMAN_REVIEW_REJECT_THRESHOLD: 'low' }, /must be a number/],
  ])('rejects %p with a ConfigError', (env, reason) => {
    // Prepare, Act
    const act = () => thresholdsFromEnv(env);

    // Assess
    expect(act).toThrow(ConfigError);
    expect(act).toThrow(reason);
  });
});
