/**
 * A streaming reader of CSV well logs: a header row of curve mnemonics (optionally `MNEM (UNIT)`), then one row of
 * numbers per depth; an empty cell or the LAS null value -999.25 is a null. No quoting beyond a pair of double
 * quotes around a header cell: logs are numbers.
 */
import { CsvLogFormatError } from '../errors';
import type { Line } from './line-reader';
import { type Curve, DEFAULT_NULL_VALUE, type WellLogHeader, type WellLogVisitor } from './well-log-types';

const at = (line: Line) => `line ${line.number} at byte offset ${line.offset}`;

function unquote(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).trim()
    : trimmed;
}

/** A header cell as a curve: `GR (API)` gives mnemonic GR and unit API. */
export function curveOfCell(cell: string): Curve {
  const text = unquote(cell);
  const open = text.indexOf('(');
  if (open > 0 && text.endsWith(')')) {
    return { mnemonic: text.slice(0, open).trim(), unit: text.slice(open + 1, -1).trim(), description: '' };
  }
  return { mnemonic: text, unit: '', description: '' };
}

/** Reads the lines of a CSV log, calling `visitor`; returns the header. */
export async function readCsvLog(
  lines: AsyncIterable<readonly Line[]>,
  visitor: WellLogVisitor,
): Promise<WellLogHeader> {
  let header: WellLogHeader | undefined;
  for await (const batch of lines)
    for (const line of batch) {
      if (line.text.trim() === '') continue;
      const cells = line.text.split(',');
      if (header === undefined) {
        const curves = cells.map(curveOfCell);
        const blank = curves.findIndex((curve) => curve.mnemonic === '');
        if (blank >= 0) throw new CsvLogFormatError(`${at(line)}: header column ${blank + 1} has no mnemonic`);
        if (curves.some((curve) => curve.mnemonic !== '' && !Number.isNaN(Number(curve.mnemonic)))) {
          throw new CsvLogFormatError(`${at(line)}: the first row holds numbers, not a header of curve mnemonics`);
        }
        header = { format: 'csv', nullValue: DEFAULT_NULL_VALUE, well: {}, curves };
        visitor.header(header);
        continue;
      }
      if (cells.length !== header.curves.length) {
        throw new CsvLogFormatError(`${at(line)}: ${cells.length} cells, the header names ${header.curves.length}`);
      }
      const values = cells.map((cell, index) => {
        const text = cell.trim();
        if (text === '') return null;
        const value = Number(text);
        if (!Number.isFinite(value)) {
          const curve = header?.curves[index]?.mnemonic;
          throw new CsvLogFormatError(`${at(line)}: value of ${curve} "${text.slice(0, 40)}" is not a number`);
        }
        return value === DEFAULT_NULL_VALUE ? null : value;
      });
      visitor.row({ values, line: line.number, offset: line.offset });
    }
  if (header === undefined) throw new CsvLogFormatError('no header row: the file is empty');
  return header;
}
