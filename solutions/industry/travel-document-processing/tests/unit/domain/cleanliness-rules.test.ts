import type { Label } from '@fsxn-s3ap/shared/ai';
import fc from 'fast-check';
import { gradeOf, INSPECTION_RULES, RULES_VERSION, scoreInspection } from '../../../src/domain/cleanliness-rules';

const label = (name: string, confidence = 100, parents: string[] = []): Label => ({ name, confidence, parents });
const RULE_LABELS = INSPECTION_RULES.flatMap((rule) => rule.labels);
const labelArb = fc.record({
  name: fc.oneof(fc.constantFrom(...RULE_LABELS, 'Bed', 'Lamp', 'Window'), fc.string({ maxLength: 12 })),
  confidence: fc.double({ min: 0, max: 100, noNaN: true }),
  parents: fc.array(fc.constantFrom('Furniture', 'Stain', 'Indoors'), { maxLength: 2 }),
});

describe('scoreInspection', () => {
  it('deducts points x confidence, each rule once, and records the rules that fired', () => {
    // Act
    const score = scoreInspection([label('Stain', 80), label('Dirt', 40), label('Crack', 50), label('Bed', 99)]);

    // Assess
    expect(score).toMatchObject({ cleanliness: 80, damage: 80, score: 80, grade: 'needs-attention' });
    expect(score.fired).toEqual([
      { rule: 'stain', kind: 'cleanliness', label: 'Stain', confidence: 80, deduction: 20 },
      { rule: 'structural', kind: 'damage', label: 'Crack', confidence: 50, deduction: 20 },
    ]);
    expect(score.rulesVersion).toBe(RULES_VERSION);
  });

  it('matches parents case-insensitively and sends small or dark photos to review without deducting', () => {
    expect(scoreInspection([label('Carpet', 90, ['STAIN'])]).cleanliness).toBe(78);
    const dark = scoreInspection([label('Dark', 95)], { width: 320, height: 240 });
    expect(dark).toMatchObject({ score: 100, review: true });
    expect(dark.fired.map((rule) => rule.rule)).toEqual(['low-resolution', 'dark-photo']);
    expect(scoreInspection([], { width: 640, height: 480 }).review).toBe(false);
  });

  it('stays in 0-100, ignores order and never rises when a label is added (properties)', () => {
    fc.assert(
      fc.property(fc.array(labelArb, { maxLength: 12 }), labelArb, (labels, extra) => {
        const score = scoreInspection(labels);
        expect(score.score).toBeGreaterThanOrEqual(0);
        expect(score.score).toBeLessThanOrEqual(100);
        expect(score.score).toBe(Math.min(score.cleanliness, score.damage));
        expect(scoreInspection([...labels].reverse()).score).toBe(score.score);
        expect(scoreInspection([...labels, extra]).score).toBeLessThanOrEqual(score.score);
      }),
    );
  });

  it('grades by the documented bands', () => {
    expect([100, 85, 84, 60, 59, 0].map(gradeOf)).toEqual([
      'good',
      'good',
      'needs-attention',
      'needs-attention',
      'poor',
      'poor',
    ]);
  });
});
