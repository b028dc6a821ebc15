import fc from 'fast-check';
import {
  CATEGORIES,
  MAX_NAME_LENGTH,
  NAME_PATTERN,
  PatternNameError,
  parseCategory,
  parseName,
  patternId,
  patternTitle,
} from '../../src/new-pattern/naming';

const SCHEMA_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;
const word = fc.stringMatching(/^[a-z0-9]{1,6}$/);
const kebabName = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), fc.array(word, { maxLength: 4 }))
  .map(([head, rest]) => [head, ...rest].join('-'));

describe('parseName', () => {
  it('accepts every kebab-case name up to the length limit', () => {
    // Act / Assess
    fc.assert(fc.property(kebabName, (name) => parseName(name) === name));
  });

  it.each([
    ['Upper', /kebab-case/],
    ['1st', /kebab-case/],
    ['double--hyphen', /kebab-case/],
    ['trailing-', /kebab-case/],
    ['under_score', /kebab-case/],
    ['a'.repeat(MAX_NAME_LENGTH + 1), /limit is 40/],
    [undefined, /--name is required/],
  ])('rejects %s', (name, message) => {
    // Act / Assess
    expect(() => parseName(name)).toThrow(message);
  });

  it('rejects anything the kebab-case pattern does not match', () => {
    // Act / Assess
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (name) => {
        fc.pre(!NAME_PATTERN.test(name));
        expect(() => parseName(name)).toThrow(PatternNameError);
      }),
    );
  });
});

describe('parseCategory', () => {
  it('accepts the seven categories', () => {
    // Act / Assess
    expect(CATEGORIES.map((category) => parseCategory(category))).toEqual([
      'industry',
      'flexcache',
      'genai',
      'sap',
      'ha',
      'event-driven',
      'edge',
    ]);
  });

  it('lists the valid categories when given another', () => {
    // Act / Assess
    expect(() => parseCategory('Industry')).toThrow(
      /use one of: industry, flexcache, genai, sap, ha, event-driven, edge/,
    );
  });
});

describe('patternId', () => {
  it('always satisfies the id rule of the schema', () => {
    // Act / Assess
    fc.assert(
      fc.property(fc.constantFrom(...CATEGORIES), kebabName, (category, name) =>
        SCHEMA_ID.test(patternId(category, name)),
      ),
    );
  });

  it('prefixes the upper-cased name with the category prefix', () => {
    // Act / Assess
    expect(patternId('event-driven', 'audit-trail')).toBe('EVT-AUDIT-TRAIL');
  });
});

describe('patternTitle', () => {
  it('capitalises each word', () => {
    // Act / Assess
    expect(patternTitle('doc-search-v2')).toBe('Doc Search V2');
  });
});
