/**
 * Booking references and their format rules. A reference is read only after its label (a bare six-letter word is
 * not a record locator), then checked against its kind's format; a labelled value that breaks the format is kept
 * as invalid, with the rule it breaks, instead of being dropped or trusted.
 *
 * | kind                 | labels                                                   | format                                              |
 * | -------------------- | -------------------------------------------------------- | --------------------------------------------------- |
 * | `PNR`                | booking reference, pnr, record locator, reservation code | 6 of A-Z 0-9, at least one letter                   |
 * | `E_TICKET`           | e-ticket, ticket number, ticket no                       | 13 digits (3-digit airline code + 10), `-` after 3  |
 * | `HOTEL_CONFIRMATION` | confirmation number, confirmation no, hotel confirmation | 6-20 of A-Z 0-9 `-`, at least 4 digits, no `--`     |
 */
import type { LabelledLine } from './labelled-lines';

export type ReferenceKind = 'PNR' | 'E_TICKET' | 'HOTEL_CONFIRMATION';

/** A labelled reference and whether it passes its format rule. */
export interface BookingReference {
  kind: ReferenceKind;
  /** The value, upper-cased, spaces removed. */
  value: string;
  valid: boolean;
  /** With `valid: false`: the rule it breaks. */
  rule?: string;
}

const LABELS: ReadonlyMap<string, ReferenceKind> = new Map([
  ['booking reference', 'PNR'],
  ['pnr', 'PNR'],
  ['record locator', 'PNR'],
  ['reservation code', 'PNR'],
  ['e-ticket', 'E_TICKET'],
  ['ticket number', 'E_TICKET'],
  ['ticket no', 'E_TICKET'],
  ['confirmation number', 'HOTEL_CONFIRMATION'],
  ['confirmation no', 'HOTEL_CONFIRMATION'],
  ['hotel confirmation', 'HOTEL_CONFIRMATION'],
]);

const isDigit = (char: string) => char >= '0' && char <= '9';
const isLetter = (char: string) => char >= 'A' && char <= 'Z';

/** The rule `value` (normalised) breaks for `kind`, or undefined when it passes. */
export function referenceRuleBroken(kind: ReferenceKind, value: string): string | undefined {
  const chars = [...value];
  if (kind === 'PNR') {
    if (chars.length !== 6 || !chars.every((char) => isDigit(char) || isLetter(char))) return 'PNR: 6 of A-Z 0-9';
    return chars.some(isLetter) ? undefined : 'PNR: at least one letter';
  }
  if (kind === 'E_TICKET') {
    const digits = value[3] === '-' ? value.slice(0, 3) + value.slice(4) : value;
    return digits.length === 13 && [...digits].every(isDigit) ? undefined : 'E_TICKET: 13 digits, - after 3';
  }
  if (chars.length < 6 || chars.length > 20 || !chars.every((char) => isDigit(char) || isLetter(char) || char === '-'))
    return 'HOTEL_CONFIRMATION: 6-20 of A-Z 0-9 -';
  if (value.includes('--') || value.startsWith('-') || value.endsWith('-'))
    return 'HOTEL_CONFIRMATION: dashes only between characters';
  return chars.filter(isDigit).length >= 4 ? undefined : 'HOTEL_CONFIRMATION: at least 4 digits';
}

/** The first word of a value, upper-cased (a reference is one word; what follows it is a comment). */
function normalise(value: string): string {
  return (value.split(/\s+/)[0] ?? '').toUpperCase();
}

/** The references of a document's labelled lines, in order, each once per kind and value. */
export function bookingReferences(lines: readonly LabelledLine[]): BookingReference[] {
  const found: BookingReference[] = [];
  for (const line of lines) {
    const kind = LABELS.get(line.label);
    if (kind === undefined) continue;
    const value = normalise(line.value);
    if (found.some((reference) => reference.kind === kind && reference.value === value)) continue;
    const rule = referenceRuleBroken(kind, value);
    found.push(rule === undefined ? { kind, value, valid: true } : { kind, value, valid: false, rule });
  }
  return found;
}
