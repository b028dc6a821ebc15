import { CSV_DELIMITERS, ItemReaderError, parseCsv } from './csv';
import type { Json, JsonObject } from './json-path';

/** `ItemReader.ReaderConfig` (JSONPath form). */
export interface ReaderConfig {
  InputType?: string;
  CSVHeaderLocation?: string;
  CSVHeaders?: string[];
  CSVDelimiter?: string;
  MaxItems?: number;
  MaxItemsPath?: string;
}

function jsonError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function parseJsonArray(text: string, limit: number): Json[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ItemReaderError(`JSON: the object is not valid JSON (${jsonError(error)})`);
  }
  if (!Array.isArray(value)) throw new ItemReaderError('JSON: the object must hold a JSON array of items');
  return value.slice(0, limit) as Json[];
}

function parseJsonLines(text: string, limit: number): Json[] {
  const items: Json[] = [];
  let start = 0;
  let line = 1;
  while (start < text.length && items.length < limit) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const body = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (body.trim() !== '') {
      try {
        items.push(JSON.parse(body) as Json);
      } catch (error) {
        throw new ItemReaderError(`JSONL: line ${line} (offset ${start}) is not valid JSON (${jsonError(error)})`);
      }
    }
    start = end + 1;
    line += 1;
  }
  return items;
}

function parseCsvItems(text: string, config: ReaderConfig, limit: number): JsonObject[] {
  const delimiter = CSV_DELIMITERS[config.CSVDelimiter ?? 'COMMA'];
  if (!delimiter) throw new ItemReaderError(`CSV: unknown CSVDelimiter ${String(config.CSVDelimiter)}`);
  const rows = parseCsv(text, delimiter);
  const location = config.CSVHeaderLocation ?? 'FIRST_ROW';
  let headers: string[];
  if (location === 'GIVEN') {
    if (!Array.isArray(config.CSVHeaders) || config.CSVHeaders.length === 0)
      throw new ItemReaderError('CSV: CSVHeaderLocation GIVEN needs CSVHeaders');
    headers = config.CSVHeaders.map(String);
  } else if (location === 'FIRST_ROW') {
    headers = rows.shift()?.fields ?? [];
  } else throw new ItemReaderError(`CSV: unknown CSVHeaderLocation ${location}`);
  if (new Set(headers).size !== headers.length) throw new ItemReaderError('CSV: the header names a column twice');
  return rows.slice(0, limit).map((row) => {
    if (row.fields.length !== headers.length) {
      throw new ItemReaderError(
        `CSV: row at line ${row.line} (offset ${row.offset}) has ${row.fields.length} fields, the header ${headers.length}`,
      );
    }
    return Object.fromEntries(headers.map((name, index) => [name, row.fields[index] ?? '']));
  });
}

/**
 * The items of an S3 object read by `arn:aws:states:::s3:getObject`: a JSON array, JSON Lines, or CSV rows as
 * objects of strings (header from the first row or `CSVHeaders`). At most `maxItems` items; malformed input throws
 * `ItemReaderError` (`States.ItemReaderFailed`) naming the line and offset.
 */
export function parseItems(text: string, config: ReaderConfig, maxItems = Number.POSITIVE_INFINITY): Json[] {
  const type = config.InputType ?? 'JSON';
  if (type === 'JSON') return parseJsonArray(text, maxItems);
  if (type === 'JSONL') return parseJsonLines(text, maxItems);
  if (type === 'CSV') return parseCsvItems(text, config, maxItems);
  throw new ItemReaderError(`InputType ${type} is not supported by the local runtime (JSON, JSONL, CSV)`);
}
