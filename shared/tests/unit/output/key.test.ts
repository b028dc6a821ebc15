import fc from 'fast-check';
import { ValidationError } from '../../../src/errors';
import { datedKey, datePath, normalizePrefix, sanitizeKeySegment } from '../../../src/output';

describe('datedKey', () => {
  it('builds <kind>/YYYY/MM/DD/<stem>_<suffix> in UTC', () => {
    // Prepare
    const lateEveningInTokyoIsUtcMorning = new Date('2025-03-09T23:30:00-09:00');

    // Act
    const key = datedKey('labels', 'photos/2025/cat 1.jpg', 'labels.json', lateEveningInTokyoIsUtcMorning);

    // Assess
    expect(key).toBe('labels/2025/03/10/photos_2025_cat_1.jpg_labels.json');
  });

  it('rejects an empty kind or suffix', () => {
    // Act / Assess
    expect(() => datedKey(' ', 'a', 'b.json')).toThrow(ValidationError);
    expect(() => datedKey('labels', 'a', '')).toThrow(ValidationError);
  });

  it('uses the current date when none is given', () => {
    // Act
    const key = datedKey('reports', 'r', 'x.json');

    // Assess
    expect(key.startsWith(`reports/${datePath(new Date())}/`)).toBe(true);
  });
});

describe('datePath', () => {
  it('pads month and day and rejects an invalid date', () => {
    // Act / Assess
    expect(datePath(new Date(Date.UTC(2024, 0, 5)))).toBe('2024/01/05');
    expect(() => datePath(new Date('not a date'))).toThrow(ValidationError);
  });
});

describe('sanitizeKeySegment', () => {
  it('replaces path separators and unsafe characters with single underscores', () => {
    // Act / Assess
    expect(sanitizeKeySegment('scans\\2024/Invoice #7 (copy).pdf')).toBe('scans_2024_Invoice_7_copy_.pdf');
    expect(sanitizeKeySegment('../../etc/passwd')).toBe('etc_passwd');
  });

  it('keeps letters and digits of any script readable', () => {
    // Act / Assess
    expect(sanitizeKeySegment('請求書_2024-01.pdf')).toBe('請求書_2024-01.pdf');
  });

  it('rejects a value with nothing usable', () => {
    // Act / Assess
    expect(() => sanitizeKeySegment('')).toThrow(ValidationError);
    expect(() => sanitizeKeySegment('/// ...')).toThrow(ValidationError);
  });

  it('never leaves a path separator, a leading dot or more than 200 characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400 }), (value) => {
        // Prepare
        let safe: string;
        try {
          safe = sanitizeKeySegment(value);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          return;
        }

        // Assess
        expect(safe).not.toMatch(/[/\\\s]/);
        expect(safe.startsWith('.')).toBe(false);
        expect(safe.length).toBeGreaterThan(0);
        expect(safe.length).toBeLessThanOrEqual(200);
      }),
    );
  });

  it('leaves an already safe stem unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9.-]{0,50}$/), (value) => {
        expect(sanitizeKeySegment(value)).toBe(value);
      }),
    );
  });
});

describe('normalizePrefix', () => {
  it.each([
    ['ai-outputs', 'ai-outputs/'],
    ['/ai-outputs/', 'ai-outputs/'],
    [' results/run ', 'results/run/'],
    ['', ''],
    ['/', ''],
  ])('turns %j into %j', (prefix, expected) => {
    // Act / Assess
    expect(normalizePrefix(prefix)).toBe(expected);
  });
});
