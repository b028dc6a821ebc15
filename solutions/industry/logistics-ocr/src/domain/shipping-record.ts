/**
 * A shipping record from what OCR read on a slip: form fields (Textract FORMS key-values, or `Key: value` lines
 * when the reader gave none), the tracking number checked against its carrier's check digit, both addresses and
 * the weight in kilograms. What is missing or wrong becomes a review reason, never an exception.
 */
import type { OcrKeyValue, OcrResult } from '@fsxn-s3ap/shared/ai';
import { type Address, parseAddress } from './address';
import { checkTracking, type TrackingCheck } from './tracking';
import { parseWeight } from './weight';

/** The structured record of one slip. */
export interface ShippingRecord {
  tracking: TrackingCheck;
  /** The carrier the slip names (may disagree with the number's format). */
  statedCarrier: string | null;
  from: Address | null;
  to: Address | null;
  weightKg: number | null;
  /** The weight as printed. */
  weightText: string | null;
  pieces: number | null;
  shipDate: string | null;
  /** Mean OCR confidence, 0-100. */
  confidence: number;
  /** Why a person should look at this slip; empty when it needs nobody. */
  reviewReasons: string[];
}

/** Field names (lower case, without punctuation) that mean each record field. */
const FIELD_KEYS = {
  tracking: ['tracking number', 'tracking no', 'tracking', 'awb', 'waybill'],
  carrier: ['carrier'],
  from: ['ship from', 'from', 'shipper'],
  to: ['ship to', 'to', 'consignee', 'deliver to'],
  weight: ['weight', 'gross weight'],
  pieces: ['pieces', 'packages'],
  date: ['ship date', 'date'],
} as const;

const MAX_VALUE_CHARS = 300;

/** `Tracking No.:` -> `tracking no`. */
export function normaliseKey(key: string): string {
  let out = '';
  for (const char of key.toLowerCase().slice(0, 60)) {
    if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) out += char;
    else if (out !== '' && !out.endsWith(' ')) out += ' ';
  }
  return out.trim();
}

/** Form fields from `Key: value` lines (the first colon splits). */
export function keyValuesFromLines(lines: readonly { text: string; confidence: number }[]): OcrKeyValue[] {
  return lines.flatMap((line) => {
    const colon = line.text.indexOf(':');
    if (colon <= 0) return [];
    return [{ key: line.text.slice(0, colon), value: line.text.slice(colon + 1).trim(), confidence: line.confidence }];
  });
}

function fieldOf(fields: Map<string, string>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = fields.get(name);
    if (value !== undefined && value !== '') return value.slice(0, MAX_VALUE_CHARS);
  }
  return null;
}

/** Builds the record; `threshold` is the ConfidenceThreshold (0-100) below which the slip goes to review. */
export function buildShippingRecord(ocr: OcrResult, threshold: number): ShippingRecord {
  const pairs = ocr.keyValues.length > 0 ? ocr.keyValues : keyValuesFromLines(ocr.lines);
  const fields = new Map<string, string>();
  for (const pair of pairs) {
    const key = normaliseKey(pair.key);
    if (!fields.has(key)) fields.set(key, pair.value.trim());
  }
  const trackingText = fieldOf(fields, FIELD_KEYS.tracking);
  const tracking = checkTracking(trackingText ?? '');
  const fromText = fieldOf(fields, FIELD_KEYS.from);
  const toText = fieldOf(fields, FIELD_KEYS.to);
  const weightText = fieldOf(fields, FIELD_KEYS.weight);
  const weight = weightText === null ? undefined : parseWeight(weightText);
  const piecesText = fieldOf(fields, FIELD_KEYS.pieces);
  const pieces = piecesText === null ? Number.NaN : Number(piecesText);
  const to = toText === null ? null : parseAddress(toText);
  const reviewReasons: string[] = [];
  if (ocr.confidence < threshold) reviewReasons.push(`OCR confidence ${ocr.confidence} below ${threshold}`);
  if (trackingText === null) reviewReasons.push('no tracking number');
  else if (!tracking.valid) reviewReasons.push(`tracking number: ${tracking.reason}`);
  if (to === null) reviewReasons.push('no destination address');
  else if (to.postalCode === null) reviewReasons.push(`destination postal code missing or not in ${to.country} format`);
  if (weight === undefined) reviewReasons.push(`weight unreadable: ${weightText ?? 'missing'}`);
  return {
    tracking,
    statedCarrier: fieldOf(fields, FIELD_KEYS.carrier),
    from: fromText === null ? null : parseAddress(fromText),
    to,
    weightKg: weight?.kg ?? null,
    weightText,
    pieces: Number.isInteger(pieces) && pieces >= 0 ? pieces : null,
    shipDate: fieldOf(fields, FIELD_KEYS.date),
    confidence: ocr.confidence,
    reviewReasons,
  };
}
