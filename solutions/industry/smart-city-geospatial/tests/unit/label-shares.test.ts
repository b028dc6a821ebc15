import { labelWeights } from '../../src/domain/label-shares';
import { sharesFrom } from '../../src/domain/land-use';

describe('labelWeights', () => {
  it('maps colour labels by the table and scene labels by the synonyms, skipping header labels', () => {
    // Act
    const weights = labelWeights([
      { name: 'PNG Image', confidence: 100, parents: ['Image'] },
      { name: 'Green', confidence: 60, parents: ['Colour'] },
      { name: 'Blue', confidence: 40, parents: ['Colour'] },
      { name: 'Bright', confidence: 90, parents: ['Brightness'] },
      { name: 'Forest', confidence: 80, parents: ['Plant'] },
      { name: 'Red', confidence: 30, parents: ['Colour'] },
    ]);

    // Assess
    expect(weights).toEqual({ green: 140, water: 40 });
    expect(sharesFrom(weights)).toEqual({ green: 0.7778, water: 0.2222 });
  });
});
