/**
 * The reservation branch's stage: read one document (mail, PDF or image), extract its booking facts, detect and
 * redact personal data per `PiiFilterMode`, and write one record under `reservations/`. Reading, extraction, PII
 * detection and redaction run in one invocation per batch (the source ran them as one function too).
 */
import {
  createDocumentOcr,
  createEntityExtractor,
  type DocumentOcr,
  type EntityExtractor,
  MAX_ENTITY_TEXT_BYTES,
  MAX_OCR_DOCUMENT_BYTES,
  truncateUtf8,
} from '@fsxn-s3ap/shared/ai';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { readDocumentText } from './document-text';
import { type FilteredReservation, filterReservation } from './pii-filter';
import { extractReservation, hasBookingFacts } from './reservation';
import { type ReservationFacts, type ReservationSummary, reservationSummary } from './reservation-summary';
import { loadReservationSettings, type ReservationSettings } from './settings';

/** Suffix of every reservation record: `reservations/YYYY/MM/DD/<stem>_reservation.json`. */
export const RESERVATION_SUFFIX = 'reservation.json';

export interface ReservationPorts {
  ocr: DocumentOcr;
  entities: EntityExtractor;
}

/** The record written for one document. */
export interface ReservationRecord extends FilteredReservation {
  key: string;
  etag?: string;
  format: string;
  textSource: string;
  confidence: number;
  piiFilterMode: ReservationSettings['piiFilterMode'];
  hasBookingFacts: boolean;
  executionId: string;
  processedAt: string;
}

/** The reservation branch's per-object stage. */
export const reservationStage: ItemStage<ReservationFacts, ReservationSummary, ReservationSettings, ReservationPorts> =
  {
    settings: () => loadReservationSettings(),
    ports: () => ({ ocr: createDocumentOcr(), entities: createEntityExtractor() }),
    async process(object, ctx) {
      const bytes = await ctx.input.getBytes(object.key, { maxBytes: MAX_OCR_DOCUMENT_BYTES });
      const document = await readDocumentText(object.key, bytes, ctx.ports.ocr, ctx.deadline);
      const text = truncateUtf8(document.text, MAX_ENTITY_TEXT_BYTES).text;
      const reservation = extractReservation(text);
      const entities = text.trim() === '' ? [] : await ctx.ports.entities.detectPii({ text });
      const filtered = filterReservation(text, reservation, entities, ctx.settings.piiFilterMode);
      const record: ReservationRecord = {
        key: object.key,
        ...(object.etag === undefined ? {} : { etag: object.etag }),
        format: document.format,
        textSource: document.source,
        confidence: document.confidence,
        piiFilterMode: ctx.settings.piiFilterMode,
        hasBookingFacts: hasBookingFacts(reservation),
        ...filtered,
        executionId: ctx.executionId,
        processedAt: ctx.now.toISOString(),
      };
      await ctx.output.putJson(objectResultKey('reservations', object, RESERVATION_SUFFIX, ctx.now), record);
      return {
        format: document.format,
        guests: reservation.guests.length,
        references: reservation.references.filter((reference) => reference.valid).length,
        invalidReferences: reservation.references.filter((reference) => !reference.valid).length,
        flights: reservation.flights.filter((flight) => flight.valid).length,
        hotelNights: reservation.hotels.reduce((sum, stay) => sum + (stay.valid ? (stay.nights ?? 0) : 0), 0),
        redactions: filtered.redactions.length,
        bookingFacts: record.hasBookingFacts,
      };
    },
    summary: reservationSummary,
  };
