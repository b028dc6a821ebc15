import fc from 'fast-check';
import { labelledLines, normaliseLabel } from '../../../src/domain/labelled-lines';
import { extractReservation, hasBookingFacts } from '../../../src/domain/reservation';
import { daysBetween, firstTravelDate, parseTravelDate } from '../../../src/domain/travel-dates';
import { flightDesignator, parseFlight, travelSegments } from '../../../src/domain/travel-segments';

describe('travel dates', () => {
  it('reads ISO and day-month-year dates and rejects impossible ones', () => {
    expect(parseTravelDate('2026-03-12')).toBe('2026-03-12');
    expect(parseTravelDate('12 March 2026')).toBe('2026-03-12');
    expect(parseTravelDate('1 Feb 2026')).toBe('2026-02-01');
    expect(parseTravelDate('2026-02-30')).toBeUndefined();
    expect(parseTravelDate('31 Apr 2026')).toBeUndefined();
    expect(firstTravelDate('NH 203 HND-CDG 12 March 2026 10:30')).toBe('2026-03-12');
    expect(daysBetween('2026-03-12', '2026-03-15')).toBe(3);
  });

  it('round-trips every calendar date through both notations (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const long = `${date.getUTCDate()} ${date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${date.getUTCFullYear()}`;
          expect(parseTravelDate(iso)).toBe(iso);
          expect(parseTravelDate(long)).toBe(iso);
        },
      ),
    );
  });
});

describe('flight segments', () => {
  it('reads designators with or without a space and rejects malformed ones', () => {
    expect(flightDesignator(['NH', '203'])).toBe('NH203');
    expect(flightDesignator(['U2123'])).toBe('U2123');
    expect(flightDesignator(['12', '345'])).toBeUndefined();
    expect(flightDesignator(['NH', '20345'])).toBeUndefined();
  });

  it('marks a flight without a route or a date invalid', () => {
    expect(parseFlight('NH 203 HND-CDG 2026-03-12')).toEqual({
      flight: 'NH203',
      from: 'HND',
      to: 'CDG',
      date: '2026-03-12',
      valid: true,
    });
    expect(parseFlight('NH 203 HND-HND 2026-03-12').valid).toBe(false);
    expect(parseFlight('NH 203 HND-CDG soon').valid).toBe(false);
  });
});

describe('hotel segments and reservations', () => {
  it('counts nights and rejects a check-out before the check-in', () => {
    // Prepare
    const text =
      'Hotel: A\nCheck-in: 2026-04-02\nCheck-out: 2026-04-05\nHotel: B\nCheck-in: 2026-04-05\nCheck-out: 2026-04-04';

    // Act
    const { hotels } = travelSegments(labelledLines(text));

    // Assess
    expect(hotels.map((stay) => [stay.hotel, stay.nights, stay.valid])).toEqual([
      ['A', 3, true],
      ['B', -1, false],
    ]);
  });

  it('extracts guests, the travel period and says whether the text is a booking', () => {
    // Prepare
    const text =
      'Passengers: Ann Lee; Bo Chen\nGuest: Ann Lee\nFlight: JL 7 NRT-LAX 2026-05-01\nHotel: C\nCheck-in: 2026-05-01\nCheck-out: 2026-05-04';

    // Act
    const reservation = extractReservation(text);

    // Assess
    expect(reservation.guests).toEqual(['Ann Lee', 'Bo Chen']);
    expect(reservation.travelPeriod).toEqual({ from: '2026-05-01', to: '2026-05-04' });
    expect(hasBookingFacts(reservation)).toBe(true);
    expect(hasBookingFacts(extractReservation('Dear guest, thank you.'))).toBe(false);
  });

  it('normalises labels and never throws on arbitrary text (property)', () => {
    expect(normaliseLabel('  Ticket   No.. ')).toBe('ticket no');
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const reservation = extractReservation(text);
        expect(reservation.flights.length + reservation.hotels.length).toBeLessThanOrEqual(text.split('\n').length);
      }),
    );
  });
});
