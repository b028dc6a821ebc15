/** The booking facts of one reservation document: guests, references, flight and hotel segments. */
import { type BookingReference, bookingReferences } from './booking-references';
import { labelledLines } from './labelled-lines';
import { type FlightSegment, type HotelSegment, travelSegments } from './travel-segments';

/** Labels whose value names one or more travellers (`;` separates several). */
const GUEST_LABELS = new Set(['guest', 'guest name', 'guests', 'passenger', 'passengers', 'traveller', 'traveler']);

/** Longest guest name kept; a longer value is a sentence, not a name. */
export const MAX_GUEST_NAME = 80;

export interface Reservation {
  /** Traveller names, each once, in order of appearance. */
  guests: string[];
  references: BookingReference[];
  flights: FlightSegment[];
  hotels: HotelSegment[];
  /** Earliest and latest travel date over every segment. */
  travelPeriod?: { from: string; to: string };
}

/** Guest names from the guest labels of the lines. */
function guestsOf(lines: ReturnType<typeof labelledLines>): string[] {
  const guests: string[] = [];
  for (const { label, value } of lines) {
    if (!GUEST_LABELS.has(label)) continue;
    for (const part of value.split(';')) {
      const name = part.trim().split(/\s+/).join(' ');
      if (name !== '' && name.length <= MAX_GUEST_NAME && !guests.includes(name)) guests.push(name);
    }
  }
  return guests;
}

/** The booking facts `text` states. */
export function extractReservation(text: string): Reservation {
  const lines = labelledLines(text);
  const { flights, hotels } = travelSegments(lines);
  const dates = [
    ...flights.flatMap((flight) => (flight.date === undefined ? [] : [flight.date])),
    ...hotels.flatMap((stay) => [stay.checkIn, stay.checkOut].filter((date): date is string => date !== undefined)),
  ].sort();
  const [first, last] = [dates[0], dates[dates.length - 1]];
  return {
    guests: guestsOf(lines),
    references: bookingReferences(lines),
    flights,
    hotels,
    ...(first === undefined || last === undefined ? {} : { travelPeriod: { from: first, to: last } }),
  };
}

/** True when the document states at least one valid reference or segment: a booking, not just a letter. */
export function hasBookingFacts(reservation: Reservation): boolean {
  return (
    reservation.references.some((reference) => reference.valid) ||
    reservation.flights.some((flight) => flight.valid) ||
    reservation.hotels.some((stay) => stay.valid)
  );
}
