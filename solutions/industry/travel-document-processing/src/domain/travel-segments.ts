/**
 * Flight and hotel segments of a reservation, from its labelled lines.
 *
 * Flight: `Flight: NH 203 HND-CDG 2026-03-12` (designator: 2-character airline code with a letter, then 1-4
 * digits, with or without a space; route: two 3-letter airport codes joined by `-`; the first date). Hotel: a
 * `Hotel:` line opens a stay, `Check-in:`/`Check-out:` dates and `Room:` fill it; a stay whose check-out is not after
 * its check-in is kept with `valid: false`.
 */
import type { LabelledLine } from './labelled-lines';
import { daysBetween, firstTravelDate } from './travel-dates';

export interface FlightSegment {
  flight: string;
  from?: string;
  to?: string;
  date?: string;
  valid: boolean;
}

export interface HotelSegment {
  hotel: string;
  checkIn?: string;
  checkOut?: string;
  nights?: number;
  room?: string;
  valid: boolean;
}

const isDigit = (char: string) => char >= '0' && char <= '9';
const isUpper = (char: string) => char >= 'A' && char <= 'Z';
const isAirport = (code: string) => code.length === 3 && [...code].every(isUpper);

/** `NH203` from `NH`, `203` or `NH203`: a 2-character code with a letter, then 1-4 digits; else undefined. */
export function flightDesignator(tokens: readonly string[]): string | undefined {
  const joined = tokens.join('').toUpperCase();
  const code = joined.slice(0, 2);
  const number = joined.slice(2);
  const codeOk = code.length === 2 && [...code].every((char) => isUpper(char) || isDigit(char));
  const numberOk = number.length >= 1 && number.length <= 4 && [...number].every(isDigit);
  return codeOk && [...code].some(isUpper) && numberOk ? `${code}${number}` : undefined;
}

/** One flight line's segment. */
export function parseFlight(value: string): FlightSegment {
  const tokens = value.split(/\s+/).filter((token) => token !== '');
  const routeAt = tokens.findIndex((token) => token.length === 7 && token[3] === '-');
  const route = routeAt >= 0 ? (tokens[routeAt] ?? '') : '';
  const designatorTokens = tokens.slice(0, routeAt >= 0 ? routeAt : Math.min(2, tokens.length));
  const designator = flightDesignator(designatorTokens.length <= 2 ? designatorTokens : []);
  const [from, to] = [route.slice(0, 3), route.slice(4)];
  const date = firstTravelDate(value);
  const routeOk = isAirport(from) && isAirport(to) && from !== to;
  return {
    flight: designator ?? designatorTokens.join(' ').slice(0, 16),
    ...(routeOk ? { from, to } : {}),
    ...(date === undefined ? {} : { date }),
    valid: designator !== undefined && routeOk && date !== undefined,
  };
}

/** The flight and hotel segments of a document's labelled lines. */
export function travelSegments(lines: readonly LabelledLine[]): { flights: FlightSegment[]; hotels: HotelSegment[] } {
  const flights: FlightSegment[] = [];
  const hotels: HotelSegment[] = [];
  for (const { label, value } of lines) {
    if (label === 'flight') flights.push(parseFlight(value));
    else if (label === 'hotel') hotels.push({ hotel: value.slice(0, 120), valid: false });
    const stay = hotels[hotels.length - 1];
    if (stay === undefined) continue;
    if (label === 'check-in') {
      const date = firstTravelDate(value);
      if (date !== undefined) stay.checkIn = date;
    } else if (label === 'check-out') {
      const date = firstTravelDate(value);
      if (date !== undefined) stay.checkOut = date;
    } else if (label === 'room') stay.room = value.slice(0, 80);
  }
  for (const stay of hotels) {
    if (stay.checkIn === undefined || stay.checkOut === undefined) continue;
    const nights = daysBetween(stay.checkIn, stay.checkOut);
    stay.nights = nights;
    stay.valid = nights > 0;
  }
  return { flights, hotels };
}
