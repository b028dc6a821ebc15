import { TaskError } from '../errors';

/** A CSV row with the byte offset (UTF-16 index) where it starts, for error messages. */
export interface CsvRow {
  fields: string[];
  offset: number;
  line: number;
}

/** `ReaderConfig.CSVDelimiter` values and their characters. */
export const CSV_DELIMITERS: Readonly<Record<string, string>> = {
  COMMA: ',',
  PIPE: '|',
  SEMICOLON: ';',
  SPACE: ' ',
  TAB: '\t',
};

/** The error Step Functions reports when the ItemReader cannot read its source. */
export class ItemReaderError extends TaskError {
  constructor(reason: string) {
    super('States.ItemReaderFailed', reason);
  }
}

/**
 * Splits CSV text (RFC 4180: quoted fields, `""` escapes, CRLF or LF) into rows, one pass, no regex.
 * An unterminated quote or text after a closing quote throws `ItemReaderError` with the offset.
 */
export function parseCsv(text: string, delimiter = ','): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let rowStart = 0;
  let line = 1;
  let at = 0;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ fields, offset: rowStart, line });
    fields = [];
    field = '';
  };
  while (at < text.length) {
    const char = text[at];
    if (char === '"' && field === '') {
      const open = at;
      at += 1;
      for (;;) {
        if (at >= text.length) throw new ItemReaderError(`CSV: unterminated quoted field at offset ${open}`);
        if (text[at] === '"') {
          if (text[at + 1] === '"') {
            field += '"';
            at += 2;
            continue;
          }
          at += 1;
          break;
        }
        if (text[at] === '\n') line += 1;
        field += text[at];
        at += 1;
      }
      const next = text[at];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new ItemReaderError(`CSV: unexpected character after a closing quote at offset ${at}`);
      }
      continue;
    }
    if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && text[at + 1] === '\n') at += 1;
      line += 1;
      rowStart = at + 1;
    } else field += char;
    at += 1;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}
