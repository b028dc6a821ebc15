/**
 * The reservation branch's run summary: what one document adds (counts only, no personal data) and how two
 * summaries merge. Kept apart from the stage so the report bundles only this, not the OCR and PII code.
 */
import { addCounts, type SummaryReducer, sumFields } from '@fsxn-s3ap/shared/workflow';

/** The counts one document yields and the run summary adds up. */
export interface ReservationTallies {
  guests: number;
  references: number;
  invalidReferences: number;
  flights: number;
  hotelNights: number;
  redactions: number;
}

/** What one document adds to the run summary (no personal data). */
export interface ReservationFacts extends ReservationTallies {
  format: string;
  bookingFacts: boolean;
}

export interface ReservationSummary extends ReservationTallies {
  documents: number;
  byFormat: Partial<Record<string, number>>;
  withoutBookingFacts: number;
}

/** The sum of two summaries. */
export function mergeReservations(a: ReservationSummary, b: ReservationSummary): ReservationSummary {
  return {
    ...sumFields(a, b, [
      'documents',
      'guests',
      'references',
      'invalidReferences',
      'flights',
      'hotelNights',
      'redactions',
      'withoutBookingFacts',
    ]),
    byFormat: addCounts(a.byFormat, b.byFormat),
  };
}

const emptyReservations = (): ReservationSummary => ({
  documents: 0,
  byFormat: {},
  guests: 0,
  references: 0,
  invalidReferences: 0,
  flights: 0,
  hotelNights: 0,
  redactions: 0,
  withoutBookingFacts: 0,
});

/** The reservation branch's summary reducer. */
export const reservationSummary: SummaryReducer<ReservationFacts, ReservationSummary> = {
  empty: emptyReservations,
  add: (total, facts) =>
    mergeReservations(total, {
      documents: 1,
      byFormat: { [facts.format]: 1 },
      guests: facts.guests,
      references: facts.references,
      invalidReferences: facts.invalidReferences,
      flights: facts.flights,
      hotelNights: facts.hotelNights,
      redactions: facts.redactions,
      withoutBookingFacts: facts.bookingFacts ? 0 : 1,
    }),
  merge: mergeReservations,
};
