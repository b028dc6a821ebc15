import { recognisedPiiEntities } from '@fsxn-s3ap/shared/ai';
import fc from 'fast-check';
import { filterReservation, nameSpans } from '../../../src/domain/pii-filter';
import { extractReservation } from '../../../src/domain/reservation';

const TEXT = [
  'Passenger: Hanako Tanaka',
  'Booking reference: K7QX2M',
  'Flight: NH 203 HND-CDG 2026-03-12',
  'Email: hanako.tanaka@example.com',
  'Phone: +81 90 1234 5678',
  'Thank you Hanako Tanaka for flying with us.',
].join('\n');

describe('filterReservation', () => {
  const reservation = extractReservation(TEXT);
  const entities = recognisedPiiEntities(TEXT);

  it('strict: keeps booking facts, stores no name and masks every occurrence of it', () => {
    // Act
    const filtered = filterReservation(TEXT, reservation, entities, 'strict');

    // Assess
    expect(filtered.reservation.guests).toEqual([]);
    expect(filtered.reservation.guestCount).toBe(1);
    expect(filtered.reservation.references).toEqual(reservation.references);
    expect(filtered.reservation.flights).toEqual(reservation.flights);
    expect(filtered.redactedText).not.toContain('Tanaka');
    expect(filtered.redactedText).not.toContain('example.com');
    expect(filtered.redactedText).toContain('Booking reference: K7QX2M');
    expect(filtered.pii).toEqual({ containsPii: false, piiTypes: [] });
    expect(JSON.stringify(filtered.redactions)).not.toContain('Tanaka');
  });

  it('standard: keeps guest names and says so, masks contact details', () => {
    // Act
    const filtered = filterReservation(TEXT, reservation, entities, 'standard');

    // Assess
    expect(filtered.reservation.guests).toEqual(['Hanako Tanaka']);
    expect(filtered.redactedText).toContain('Passenger: Hanako Tanaka');
    expect(filtered.redactedText).toContain('Email: [EMAIL]');
    expect(filtered.redactedText).toContain('Phone: [PHONE]');
    expect(filtered.pii).toEqual({ containsPii: true, piiTypes: ['NAME'] });
  });

  it('strict never leaves a guest name in the stored text (property)', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
    fc.assert(
      fc.property(word, word, fc.string({ maxLength: 60 }), (first, last, noise) => {
        const name = `${first} ${last}`;
        const text = `Guest: ${name}\n${noise.replaceAll(first, '')}\nSee you soon, ${name}!`;
        const filtered = filterReservation(text, extractReservation(text), recognisedPiiEntities(text), 'strict');
        expect(filtered.redactedText).not.toContain(name);
      }),
    );
  });
});

describe('nameSpans', () => {
  it('finds every occurrence and nothing for an empty name', () => {
    expect(nameSpans('Ann and Ann', ['Ann', ''])).toEqual([
      { type: 'NAME', beginOffset: 0, endOffset: 3 },
      { type: 'NAME', beginOffset: 8, endOffset: 11 },
    ]);
  });
});
