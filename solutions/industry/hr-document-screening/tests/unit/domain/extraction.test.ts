import fc from 'fast-check';
import { educationLevelIn } from '../../../src/domain/education';
import { coveredMonths, parseRole, type Role, yearsOfExperience } from '../../../src/domain/experience';
import { embedsImage, protectedFieldsIn } from '../../../src/domain/protected-fields';
import { skillsIn, wordsOf } from '../../../src/domain/skills-vocabulary';

const NOW = 2026 * 12 + 5;

describe('experience', () => {
  it('reads dated role lines and rejects others', () => {
    expect(parseRole('2019-06 - present Platform engineer', NOW)).toEqual({
      start: 2019 * 12 + 5,
      end: NOW + 1,
      title: 'Platform engineer',
    });
    expect(parseRole('2010 to 2012 Analyst', NOW)).toEqual({ start: 2010 * 12, end: 2012 * 12 + 12, title: 'Analyst' });
    expect(parseRole('2019-13 - 2020-01 Bad month', NOW)).toBeUndefined();
    expect(parseRole('2020-01 - 2019-01 Backwards', NOW)).toBeUndefined();
    expect(parseRole('Summary: - words', NOW)).toBeUndefined();
  });

  it('counts overlapping roles once', () => {
    const roles: Role[] = [
      { start: 0, end: 36, title: 'a' },
      { start: 24, end: 48, title: 'b' },
      { start: 60, end: 72, title: 'c' },
    ];
    expect(coveredMonths(roles)).toBe(60);
    expect(yearsOfExperience(roles)).toBe(5);
  });

  it('covers at least the longest role, at most their sum, whatever the order (property)', () => {
    const role = fc
      .record({ start: fc.integer({ min: 0, max: 500 }), length: fc.integer({ min: 1, max: 120 }) })
      .map(({ start, length }): Role => ({ start, end: start + length, title: '' }));
    fc.assert(
      fc.property(fc.array(role, { maxLength: 8 }), (roles) => {
        const covered = coveredMonths(roles);
        const lengths = roles.map((r) => r.end - r.start);
        expect(covered).toBeGreaterThanOrEqual(Math.max(0, ...lengths));
        expect(covered).toBeLessThanOrEqual(lengths.reduce((sum, length) => sum + length, 0));
        expect(coveredMonths([...roles].reverse())).toBe(covered);
        expect(coveredMonths([...roles, ...roles])).toBe(covered);
      }),
    );
  });
});

describe('skills and education', () => {
  it('finds vocabulary skills as whole words only', () => {
    expect(skillsIn('TypeScript, Node.js and PostgreSQL on AWS; some continuous integration')).toEqual([
      'aws',
      'ci/cd',
      'javascript',
      'sql',
      'typescript',
    ]);
    expect(skillsIn('javascripting gopher')).toEqual([]);
    expect(wordsOf('Hello, C++ and c#.')).toEqual(['hello', 'c++', 'and', 'c#']);
  });

  it('takes the highest education level named', () => {
    expect(educationLevelIn('BSc Physics, then an MSc')).toBe('master');
    expect(educationLevelIn("Bachelor's degree")).toBe('bachelor');
    expect(educationLevelIn('PhD')).toBe('doctorate');
    expect(educationLevelIn('self-taught')).toBe('none');
  });
});

describe('protected fields', () => {
  it('finds labelled protected values with their spans, and embedded images', () => {
    // Prepare
    const text = 'Ann\nDate of birth: 1980-01-01\nGender: Female';

    // Act
    const { fields, spans } = protectedFieldsIn(text);

    // Assess
    expect(fields).toEqual(['age', 'gender']);
    expect(spans.map((span) => text.slice(span.beginOffset, span.endOffset))).toEqual(['1980-01-01', 'Female']);
    expect(embedsImage(new TextEncoder().encode('PK..word/media/image1.png'))).toBe(true);
    expect(embedsImage(new TextEncoder().encode('%PDF-1.7 text only'))).toBe(false);
  });
});
