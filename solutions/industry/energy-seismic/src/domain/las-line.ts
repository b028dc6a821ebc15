/** One header line of a LAS 2.0 section: `MNEM.UNIT  DATA : DESCRIPTION`, split without a regular expression. */
import { LasFormatError } from '../errors';
import type { Line } from './line-reader';

/** The four fields of a header line. */
export interface LasHeaderLine {
  mnemonic: string;
  unit: string;
  data: string;
  description: string;
}

/**
 * Splits a header line: the mnemonic ends at the first `.`, the unit at the first blank after it, the data at the
 * last `:` (so times in the data field keep their colons), and the description follows.
 */
export function parseLasHeaderLine(line: Line): LasHeaderLine {
  const where = `line ${line.number} at byte offset ${line.offset}`;
  const dot = line.text.indexOf('.');
  if (dot < 0) throw new LasFormatError(`${where}: header line has no '.' after its mnemonic`);
  const mnemonic = line.text.slice(0, dot).trim();
  if (mnemonic === '') throw new LasFormatError(`${where}: header line has no mnemonic before '.'`);
  const rest = line.text.slice(dot + 1);
  let unitEnd = 0;
  while (unitEnd < rest.length && rest[unitEnd] !== ' ' && rest[unitEnd] !== '\t' && rest[unitEnd] !== ':') {
    unitEnd += 1;
  }
  const colon = rest.lastIndexOf(':');
  if (colon < 0) throw new LasFormatError(`${where}: header line has no ':' before its description`);
  return {
    mnemonic,
    unit: rest.slice(0, Math.min(unitEnd, colon)),
    data: colon > unitEnd ? rest.slice(unitEnd, colon).trim() : '',
    description: rest.slice(colon + 1).trim(),
  };
}

/** A finite number, or a LasFormatError naming the line. */
export function lasNumber(token: string, line: Line, what: string): number {
  const value = Number(token);
  if (token === '' || !Number.isFinite(value)) {
    throw new LasFormatError(
      `line ${line.number} at byte offset ${line.offset}: ${what} "${token.slice(0, 40)}" is not a number`,
    );
  }
  return value;
}
