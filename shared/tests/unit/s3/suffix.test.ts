import fc from 'fast-check';
import { matchesSuffix, normalizeSuffixes, suffixesFromEnv } from '../../../src/s3';

const mixedCase = (text: string, flips: boolean[]) =>
  [...text].map((char, index) => (flips[index % Math.max(flips.length, 1)] ? char.toUpperCase() : char)).join('');

describe('matchesSuffix', () => {
  it('matches every key when no suffix is given', () => {
    fc.assert(fc.property(fc.string(), (key) => matchesSuffix(key, [])));
  });

  it('matches a key ending in a suffix whatever the case of either', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 1 }),
        fc.array(fc.boolean(), { minLength: 1 }),
        (stem, suffix, flips) => {
          // Act / Assess
          expect(matchesSuffix(stem + mixedCase(suffix, flips), [suffix.toLowerCase()])).toBe(true);
          expect(matchesSuffix(stem + suffix.toLowerCase(), ['x.unused', suffix.toUpperCase()])).toBe(true);
        },
      ),
    );
  });

  it('gives the same answer for a key and its upper-cased form', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1 }), { maxLength: 4 }), (key, suffixes) => {
        expect(matchesSuffix(key.toUpperCase(), suffixes)).toBe(matchesSuffix(key.toLowerCase(), suffixes));
      }),
    );
  });

  it('never matches a key shorter than every suffix', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), fc.array(fc.string({ minLength: 5 }), { minLength: 1 }), (key, sfx) => {
        expect(matchesSuffix(key, sfx)).toBe(false);
      }),
    );
  });

  it('rejects a key with a different extension', () => {
    // Act / Assess
    expect(matchesSuffix('photos/cat.jpeg', ['.jpg', '.png'])).toBe(false);
    expect(matchesSuffix('photos/cat.JPG', ['.jpg', '.png'])).toBe(true);
  });
});

describe('suffixesFromEnv', () => {
  it('reads SUFFIX_FILTER as a trimmed, lower-cased comma list', () => {
    // Prepare
    const env = { SUFFIX_FILTER: ' .JPG, *.Png,,.tif ' };

    // Act
    const suffixes = suffixesFromEnv(env);

    // Assess
    expect(suffixes).toEqual(['.jpg', '.png', '.tif']);
  });

  it('returns the fallback when SUFFIX_FILTER is unset or blank', () => {
    // Act / Assess
    expect(suffixesFromEnv({}, ['.PDF'])).toEqual(['.pdf']);
    expect(suffixesFromEnv({ SUFFIX_FILTER: '  ' })).toEqual([]);
  });
});

describe('normalizeSuffixes', () => {
  it('drops suffixes that are empty once a leading star is removed', () => {
    // Act / Assess
    expect(normalizeSuffixes(['*', ' ', '.Txt'])).toEqual(['.txt']);
  });
});
