/**
 * The PII filter of stored reservation records: booking facts are kept, personal data is redacted as the setting
 * says, and the record says which types it still holds (`piiMetadata`). Nothing here logs.
 *
 * - `strict`: every personal datum the detector finds is masked in the stored text, and so is every occurrence of
 *   an extracted guest name (labelled or not); the record keeps the number of guests, not their names.
 * - `standard`: guest names stay (record and text); contact details, identity and card numbers, addresses and the
 *   other types are masked.
 */
import type { PiiEntity } from '@fsxn-s3ap/shared/ai';
import { type PiiMetadata, piiMetadata, type RedactionRecord, redact, type TextSpan } from '@fsxn-s3ap/shared/pii';
import type { Reservation } from './reservation';
import type { PiiFilterMode } from './settings';

/** Longest stored text (characters of the redacted text); longer text is cut, and the record says so. */
export const MAX_STORED_TEXT = 20_000;

/** What a stored reservation record holds about people. */
export interface FilteredReservation {
  reservation: Omit<Reservation, 'guests'> & { guests: string[]; guestCount: number };
  redactedText: string;
  textTruncated: boolean;
  /** Where the text was masked and with which type; never the values. */
  redactions: RedactionRecord[];
  /** The personal data the stored record itself still holds (guest names in `standard` mode). */
  pii: PiiMetadata;
}

/** Every occurrence of each name in `text`, as NAME spans (a plain substring search: linear per name). */
export function nameSpans(text: string, names: readonly string[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const name of names) {
    if (name === '') continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      spans.push({ type: 'NAME', beginOffset: at, endOffset: at + name.length });
    }
  }
  return spans;
}

/** The record to store for `reservation` read from `text`, with `entities` from the PII detector. */
export function filterReservation(
  text: string,
  reservation: Reservation,
  entities: readonly PiiEntity[],
  mode: PiiFilterMode,
): FilteredReservation {
  const keepNames = mode === 'standard';
  const detected = entities.filter((entity) => !(keepNames && entity.type === 'NAME'));
  const spans = keepNames ? detected : [...detected, ...nameSpans(text, reservation.guests)];
  const { text: redacted, sidecar } = redact(text, spans, { mask: (type) => `[${type.split('|')[0]}]` });
  const guests = keepNames ? reservation.guests : [];
  return {
    reservation: { ...reservation, guests, guestCount: reservation.guests.length },
    redactedText: redacted.slice(0, MAX_STORED_TEXT),
    textTruncated: redacted.length > MAX_STORED_TEXT,
    redactions: sidecar,
    pii: piiMetadata(keepNames && (guests.length > 0 || entities.length > detected.length) ? [{ type: 'NAME' }] : []),
  };
}
