import fc from 'fast-check';
import type { IfcFacts, StoreyFacts } from '../../../src/domain/ifc-model';
import { drawingFindings, modelFindings, wordsOf } from '../../../src/domain/safety-rules';

const settings = { minDoorWidthMm: 800, flaggedMaterials: ['asbestos', 'lead'] };
const storey = (over: Partial<StoreyFacts>): StoreyFacts => ({
  id: 1,
  name: 'L1',
  elevation: 0,
  elements: { stair: 1, door: 1, column: 1, wall: 1 },
  spaces: 1,
  doorWidthsMm: [900],
  ...over,
});
const facts = (storeys: StoreyFacts[]) => ({ storeys }) as IfcFacts;

describe('safety rules', () => {
  it('a complete storey fires nothing', () => {
    expect(modelFindings('m', facts([storey({}), storey({ id: 2 })]), settings)).toEqual([]);
  });

  it('fires egress and structural rules per storey', () => {
    const found = modelFindings(
      'm',
      facts([storey({}), storey({ id: 2, name: 'L2', elements: { wall: 2 }, doorWidthsMm: [700] })]),
      settings,
    );
    expect(found.map((f) => f.rule)).toEqual([
      'egress.stairs',
      'egress.doors',
      'egress.door-width',
      'structural.frame',
    ]);
    expect(found[2]?.detail).toContain('narrowest 700 mm');
  });

  it('a one-storey model needs no stair', () => {
    expect(modelFindings('m', facts([storey({ elements: { door: 1, beam: 1 } })]), settings)).toEqual([]);
  });

  it('the door-width rule fires exactly when a door is narrower than the threshold', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 300, max: 1500 }), { maxLength: 10 }), (widths) => {
        const found = modelFindings('m', facts([storey({ doorWidthsMm: widths })]), settings);
        expect(found.some((f) => f.rule === 'egress.door-width')).toBe(widths.some((w) => w < 800));
      }),
    );
  });

  it('flags materials as whole words only', () => {
    expect(drawingFindings('d', 'Tiles contain ASBESTOS.', settings).map((f) => f.detail)).toEqual([
      'the drawing mentions asbestos',
    ]);
    expect(drawingFindings('d', 'leadership and misleading', settings)).toEqual([]);
    expect(wordsOf('a-b c')).toEqual(new Set(['a', 'b', 'c']));
  });
});
