import type { ColumnInfo } from '@aws-sdk/client-athena';
import fc from 'fast-check';
import { columnsOf, formatParameter, toTypedValue } from '../../../src/analytics';
import { ValidationError } from '../../../src/errors';

describe('toTypedValue', () => {
  it.each([
    ['varchar', 'abc', 'abc'],
    ['varchar', '', ''],
    ['integer', '-42', -42],
    ['bigint', '9007199254740993', '9007199254740993'],
    ['double', '1.5', 1.5],
    ['double', 'NaN', Number.NaN],
    ['real', '-Infinity', Number.NEGATIVE_INFINITY],
    ['boolean', 'false', false],
    ['date', '2024-02-29', new Date('2024-02-29T00:00:00Z')],
    ['timestamp', '2024-01-02 03:04:05.678', new Date('2024-01-02T03:04:05.678Z')],
    ['timestamp with time zone', '2024-01-02T03:04:05+02:00', new Date('2024-01-02T01:04:05Z')],
    ['decimal(10,2)', '12.30', '12.30'],
  ])('reads %s %j', (type, text, expected) => {
    // Act / Assess
    expect(toTypedValue('c', type, text)).toEqual(expected);
  });

  it('reads an absent value as null whatever the type', () => {
    // Act / Assess
    expect(toTypedValue('c', 'integer', undefined)).toBeNull();
  });

  it.each([
    ['integer', '1.5'],
    ['double', 'x'],
    ['double', ' '],
    ['boolean', 'yes'],
    ['date', 'not a date'],
  ])('rejects %s %j with ValidationError naming the column', (type, text) => {
    // Act / Assess
    expect(() => toTypedValue('size', type, text)).toThrow(ValidationError);
    expect(() => toTypedValue('size', type, text)).toThrow(/column size/);
  });

  it('reads every safe integer back exactly', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        expect(toTypedValue('n', 'bigint', String(value))).toBe(value);
      }),
    );
  });
});

describe('formatParameter', () => {
  it.each([
    [null, 'NULL'],
    [true, 'true'],
    [false, 'false'],
    [12.5, '12.5'],
    ["it's", "'it''s'"],
    [new Date('2024-01-02T03:04:05.000Z'), "TIMESTAMP '2024-01-02 03:04:05.000'"],
  ])('formats %j as %s', (value, expected) => {
    // Act / Assess
    expect(formatParameter(value)).toBe(expected);
  });

  it('rejects a number that has no SQL literal', () => {
    // Act / Assess
    expect(() => formatParameter(Number.POSITIVE_INFINITY)).toThrow(ValidationError);
  });

  it('quotes any text into one literal whose quotes are all doubled', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const literal = formatParameter(text);
        const inner = literal.slice(1, -1);
        expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
        expect(inner.replaceAll("''", '')).not.toContain("'");
        expect(inner.replaceAll("''", "'")).toBe(text);
      }),
    );
  });
});

describe('columnsOf', () => {
  it('falls back to the label, a positional name and varchar', () => {
    // Act / Assess
    const partial = [{ Label: 'l', Type: 'BIGINT' }, {}] as unknown as ColumnInfo[];
    expect(columnsOf(partial)).toEqual([
      { name: 'l', type: 'bigint' },
      { name: '_col1', type: 'varchar' },
    ]);
    expect(columnsOf(undefined)).toEqual([]);
  });
});
