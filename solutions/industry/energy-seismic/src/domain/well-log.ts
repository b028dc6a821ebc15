/** Picks the reader of a well log by its key and runs it over the lines of a byte stream. */
import { readCsvLog } from './csv-log-reader';
import { readLas } from './las-reader';
import { readLines } from './line-reader';
import { MAX_LINE_BYTES, type WellLogFormat, type WellLogHeader, type WellLogVisitor } from './well-log-types';

/** The format of a key by its suffix (`.las` or `.csv`, any case), or undefined. */
export function wellLogFormatOf(key: string): WellLogFormat | undefined {
  const lower = key.toLowerCase();
  if (lower.endsWith('.las')) return 'las';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** Reads `source` as a log of `format`, line by line, calling `visitor`; returns the header. */
export async function readWellLog(
  source: AsyncIterable<Uint8Array>,
  format: WellLogFormat,
  visitor: WellLogVisitor,
  tooLong: (offset: number) => Error,
): Promise<WellLogHeader> {
  const lines = readLines(source, { maxLineBytes: MAX_LINE_BYTES, tooLong });
  return format === 'las' ? readLas(lines, visitor) : readCsvLog(lines, visitor);
}
