import fc from 'fast-check';
import { bookingReferences, referenceRuleBroken } from '../../../src/domain/booking-references';
import { labelledLines } from '../../../src/domain/labelled-lines';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('');
const DIGITS = '0123456789'.split('');

describe('referenceRuleBroken', () => {
  it('accepts a 6-character record locator with a letter and rejects digits only', () => {
    expect(referenceRuleBroken('PNR', 'K7QX2M')).toBeUndefined();
    expect(referenceRuleBroken('PNR', '123456')).toBe('PNR: at least one letter');
    expect(referenceRuleBroken('PNR', 'K7QX2')).toBe('PNR: 6 of A-Z 0-9');
    expect(referenceRuleBroken('PNR', 'K7QX-M')).toBe('PNR: 6 of A-Z 0-9');
  });

  it('accepts 13-digit e-tickets with or without the dash after the airline code', () => {
    expect(referenceRuleBroken('E_TICKET', '2052345678901')).toBeUndefined();
    expect(referenceRuleBroken('E_TICKET', '205-2345678901')).toBeUndefined();
    expect(referenceRuleBroken('E_TICKET', '20-52345678901')).toBeDefined();
    expect(referenceRuleBroken('E_TICKET', '205234567890')).toBeDefined();
  });

  it('checks hotel confirmations for length, characters, dashes and digits', () => {
    expect(referenceRuleBroken('HOTEL_CONFIRMATION', 'HLP-48213')).toBeUndefined();
    expect(referenceRuleBroken('HOTEL_CONFIRMATION', 'HV--7731')).toBe(
      'HOTEL_CONFIRMATION: dashes only between characters',
    );
    expect(referenceRuleBroken('HOTEL_CONFIRMATION', 'ABCDEF12')).toBe('HOTEL_CONFIRMATION: at least 4 digits');
    expect(referenceRuleBroken('HOTEL_CONFIRMATION', 'A1')).toBe('HOTEL_CONFIRMATION: 6-20 of A-Z 0-9 -');
  });

  it('accepts every generated valid record locator and e-ticket (property)', () => {
    const locator = fc
      .array(fc.constantFrom(...ALNUM), { minLength: 6, maxLength: 6 })
      .filter((chars) => chars.some((char) => char >= 'A'))
      .map((chars) => chars.join(''));
    const ticket = fc.array(fc.constantFrom(...DIGITS), { minLength: 13, maxLength: 13 }).map((d) => d.join(''));
    fc.assert(
      fc.property(locator, ticket, fc.boolean(), (pnr, digits, dashed) => {
        expect(referenceRuleBroken('PNR', pnr)).toBeUndefined();
        const value = dashed ? `${digits.slice(0, 3)}-${digits.slice(3)}` : digits;
        expect(referenceRuleBroken('E_TICKET', value)).toBeUndefined();
      }),
    );
  });

  it('never throws and answers in bounded time on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('PNR', 'E_TICKET', 'HOTEL_CONFIRMATION' as const), fc.string(), (kind, value) => {
        const rule = referenceRuleBroken(kind, value);
        expect(rule === undefined || rule.startsWith(kind)).toBe(true);
      }),
    );
  });
});

describe('bookingReferences', () => {
  it('reads references only after their labels, once each, upper-cased', () => {
    // Prepare
    const text = 'Dear guest ABC123\nBooking reference: k7qx2m (airline)\nPNR: K7QX2M\nTicket No.: 205-2345678901';

    // Act
    const references = bookingReferences(labelledLines(text));

    // Assess
    expect(references).toEqual([
      { kind: 'PNR', value: 'K7QX2M', valid: true },
      { kind: 'E_TICKET', value: '205-2345678901', valid: true },
    ]);
  });
});
