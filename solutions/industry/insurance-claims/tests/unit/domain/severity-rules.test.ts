import fc from 'fast-check';
import { assessSeverity, bandOf, DAMAGE_WEIGHTS } from '../../../src/domain/severity-rules';

const names = [...Object.keys(DAMAGE_WEIGHTS), 'Car', 'Vehicle', 'Sky'];
const label = fc.record({ name: fc.constantFrom(...names), confidence: fc.double({ min: 0, max: 100, noNaN: true }) });

describe('assessSeverity', () => {
  it('weights the primary label and a quarter of the others, recording the rule', () => {
    // Act
    const result = assessSeverity([
      { name: 'Wreck', confidence: 90 },
      { name: 'Broken Glass', confidence: 80 },
      { name: 'Car', confidence: 99 },
    ]);

    // Assess: 90 x 0.9 = 81, plus 0.25 x (65 x 0.8 = 52) = 13 -> 94.
    expect(result).toMatchObject({ severity: 94, band: 'critical', rule: 'max+quarter-rest', primary: 'Wreck' });
    expect(result.contributions.map((item) => [item.label, item.points])).toEqual([
      ['Wreck', 81],
      ['Broken Glass', 52],
    ]);
  });

  it('scores 0 by the no-damage-label rule when no label has a weight', () => {
    expect(assessSeverity([{ name: 'Car', confidence: 99 }])).toEqual({
      severity: 0,
      band: 'none',
      rule: 'no-damage-label',
      primaryConfidence: 0,
      contributions: [],
    });
  });

  it('caps at 100 when many severe labels add up', () => {
    const labels = ['Fire', 'Wreck', 'Flood', 'Explosion', 'Smoke'].map((name) => ({ name, confidence: 100 }));
    expect(assessSeverity(labels).severity).toBe(100);
  });

  it('is always an integer within 0-100', () => {
    fc.assert(
      fc.property(fc.array(label, { maxLength: 20 }), (labels) => {
        const { severity, band } = assessSeverity(labels);
        expect(Number.isInteger(severity)).toBe(true);
        expect(severity).toBeGreaterThanOrEqual(0);
        expect(severity).toBeLessThanOrEqual(100);
        expect(band).toBe(bandOf(severity));
      }),
    );
  });

  it('never falls when a damage label becomes more confident', () => {
    fc.assert(
      fc.property(
        fc.array(label, { maxLength: 10 }),
        fc.nat({ max: 9 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (labels, pick, raise) => {
          fc.pre(labels.length > 0);
          const index = pick % labels.length;
          const raised = labels.map((item, at) =>
            at === index ? { ...item, confidence: Math.min(100, item.confidence + raise) } : item,
          );
          expect(assessSeverity(raised).severity).toBeGreaterThanOrEqual(assessSeverity(labels).severity);
        },
      ),
    );
  });

  it('does not depend on the order of the labels or the case of their names', () => {
    fc.assert(
      fc.property(fc.array(label, { maxLength: 10 }), (labels) => {
        const shuffled = [...labels].reverse().map((item) => ({ ...item, name: item.name.toUpperCase() }));
        expect(assessSeverity(shuffled).severity).toBe(assessSeverity(labels).severity);
      }),
    );
  });
});
