import path from 'node:path';
import { definitionPlaceholders, unknownAslErrorNames } from '@fsxn-s3ap/tools/testing';
import { ErrorName } from '../../src/errors';

const PATTERN_DIR = path.resolve(__dirname, '../..');

describe('workflow definition', () => {
  it('matches only error names the functions can throw, or names Step Functions and its integrations define', () => {
    // Act
    const unknown = unknownAslErrorNames(PATTERN_DIR, Object.values(ErrorName));

    // Assess
    expect(unknown).toEqual([]);
  });

  it('has a DefinitionSubstitution for every placeholder and uses every substitution', () => {
    // Act
    const { placeholders, substitutions } = definitionPlaceholders(PATTERN_DIR);

    // Assess
    expect(placeholders.length).toBeGreaterThan(0);
    expect(placeholders).toEqual(substitutions);
  });
});
