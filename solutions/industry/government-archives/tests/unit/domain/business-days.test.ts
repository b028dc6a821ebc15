import fc from 'fast-check';
import {
  addBusinessDays,
  businessDaysBetween,
  dayNumber,
  isBusinessDay,
  isoDate,
  parseHolidays,
  parseIsoDate,
  subtractBusinessDays,
} from '../../../src/domain/business-days';
import { ErrorName } from '../../../src/errors';

// Days around 2000-2060 and holiday sets drawn from the same span.
const day = fc.integer({ min: 10_957, max: 32_872 });
const holidays = fc.array(day, { maxLength: 40 }).map((days) => new Set(days));
const count = fc.integer({ min: 0, max: 60 });

describe('business days', () => {
  it('knows weekdays: 2026-12-04 is a Friday, 2026-12-05 a Saturday, 2026-12-07 a Monday', () => {
    // Assess
    const at = (iso: string) => parseIsoDate(iso) as number;
    expect(isBusinessDay(at('2026-12-04'), new Set())).toBe(true);
    expect(isBusinessDay(at('2026-12-05'), new Set())).toBe(false);
    expect(isBusinessDay(at('2026-12-06'), new Set())).toBe(false);
    expect(isBusinessDay(at('2026-12-07'), new Set())).toBe(true);
    expect(isBusinessDay(at('2026-12-07'), new Set([at('2026-12-07')]))).toBe(false);
  });

  it('adds 20 business days over a weekend and a holiday', () => {
    // Prepare: received Friday 2026-12-04; 2026-12-25 (Friday) is a holiday.
    const received = parseIsoDate('2026-12-04') as number;
    const christmas = parseHolidays('2026-12-25');

    // Act
    const deadline = isoDate(addBusinessDays(received, 20, christmas));

    // Assess: 4 full weeks would be 2027-01-01; the holiday pushes it to Monday 2027-01-04.
    expect(deadline).toBe('2027-01-04');
  });

  it('never lands on a weekend or holiday when adding at least one business day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), holidays, (start, n, off) => {
        expect(isBusinessDay(addBusinessDays(start, n, off), off)).toBe(true);
      }),
    );
  });

  it('is monotonic in the count and in the start day', () => {
    fc.assert(
      fc.property(day, count, count, holidays, (start, a, b, off) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(addBusinessDays(start, low, off)).toBeLessThanOrEqual(addBusinessDays(start, high, off));
        expect(addBusinessDays(start, a, off)).toBeLessThanOrEqual(addBusinessDays(start + 1, a, off));
      }),
    );
  });

  it('counts back exactly what it added, and subtracting undoes adding from a business day', () => {
    fc.assert(
      fc.property(day, count, holidays, (start, n, off) => {
        const end = addBusinessDays(start, n, off);
        expect(businessDaysBetween(start, end, off)).toBe(n);
        expect(businessDaysBetween(end, start, off)).toBe(0 - n);
        if (isBusinessDay(start, off)) expect(subtractBusinessDays(end, n, off)).toBe(start);
      }),
    );
  });

  it('puts the reminder strictly before the deadline, on a business day', () => {
    fc.assert(
      fc.property(day, holidays, (received, off) => {
        const deadline = addBusinessDays(received, 20, off);
        const remind = subtractBusinessDays(deadline, 3, off);
        expect(remind).toBeLessThan(deadline);
        expect(remind).toBeGreaterThan(received);
        expect(isBusinessDay(remind, off)).toBe(true);
        expect(businessDaysBetween(remind, deadline, off)).toBe(3);
      }),
    );
  });

  it('round-trips ISO dates and refuses dates that do not exist', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(parseIsoDate(isoDate(d))).toBe(d);
      }),
    );
    expect(parseIsoDate('2026-02-29')).toBeUndefined();
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
    expect(parseIsoDate('2026-1-01')).toBeUndefined();
    expect(parseIsoDate('２０２６-01-01')).toBeUndefined();
    expect(dayNumber(new Date('2026-12-06T23:59:59Z'))).toBe(parseIsoDate('2026-12-06'));
  });

  it('parses holiday lists and names the bad entry', () => {
    // Assess
    expect(parseHolidays('')).toEqual(new Set());
    expect([...parseHolidays(' 2026-01-01 , 2026-12-25')].map(isoDate)).toEqual(['2026-01-01', '2026-12-25']);
    expect(() => parseHolidays('2026-01-01,,2026-12-25')).toThrow(
      expect.objectContaining({ name: ErrorName.HolidayListError, message: expect.stringContaining('Holiday 2') }),
    );
    expect(() => parseHolidays('2026-01-01,July 4th')).toThrow(expect.objectContaining({ name: 'HolidayListError' }));
  });

  it('refuses counts outside its bounds', () => {
    // Assess
    expect(() => addBusinessDays(0, -1, new Set())).toThrow(RangeError);
    expect(() => subtractBusinessDays(0, 1.5, new Set())).toThrow(RangeError);
    expect(() => businessDaysBetween(0, 20_000, new Set())).toThrow(RangeError);
  });
});
