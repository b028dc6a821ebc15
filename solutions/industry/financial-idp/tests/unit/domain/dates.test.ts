import fc from 'fast-check';
import { addDays, daysBetween, parseDate, paymentTermsDays } from '../../../src/domain/dates';
import { DateFormatError } from '../../../src/errors';

describe('parseDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Mar 5 2024', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['29 Feb 2024', '2024-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['05/03/2024', '2023-02-29', '2024-13-01', 'March 2024', 'soon', '', '31 Apr 2024'])(
    'refuses %j with a DateFormatError',
    (text) => {
      expect(() => parseDate(text)).toThrow(DateFormatError);
    },
  );

  it('reads back every day it writes, in every documented form', () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
          expect(parseDate(iso)).toBe(iso);
          expect(parseDate(`${months[m]} ${d}, ${y}`)).toBe(iso);
          expect(parseDate(`${d} ${months[m]} ${y}`)).toBe(iso);
        },
      ),
    );
  });
});

describe('day arithmetic', () => {
  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3650, max: 3650 }), (days) => {
        expect(daysBetween('2024-02-28', addDays('2024-02-28', days))).toBe(days);
      }),
    );
  });
});

describe('paymentTermsDays', () => {
  it.each([
    ['Net 30', 30],
    ['net 45 days', 45],
    ['30 days net', 30],
    ['2/10 Net 30', 30],
    ['Due on receipt', 0],
    ['Cash', 0],
    ['End of month', undefined],
    ['Net', undefined],
  ])('%j gives %p days', (terms, days) => {
    expect(paymentTermsDays(terms)).toBe(days);
  });
});
