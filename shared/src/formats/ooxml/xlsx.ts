/** The text of an .xlsx: each worksheet's cells as rows, shared strings resolved. */
import { type OoxmlOptions, type OoxmlPackage, openPackage, readXml } from './archive';
import { OoxmlFormatError } from './errors';
import { scanXml } from './xml';

/** One worksheet: its name and its non-empty rows, cells placed by column (`''` in the gaps). */
export interface XlsxSheet {
  name: string;
  rows: string[][];
}

/** The text of a workbook. */
export interface XlsxText {
  sheets: XlsxSheet[];
  /** Each sheet's name, then its rows with cells joined by tabs; sheets separated by a blank line. */
  text: string;
}

/** Excel's last column, XFD. */
const MAX_COLUMN = 16_383;

/**
 * Reads the worksheets of an .xlsx from its zip bytes, in workbook order: shared and inline strings, numbers as
 * written (dates as the serial numbers the file stores: cell styles are not applied), booleans as TRUE/FALSE,
 * formulas by their cached value. A file that is not a readable .xlsx throws an
 * `OoxmlFormatError`, as does one with more than `maxCells` cells.
 */
export function readXlsxText(bytes: Uint8Array, options: OoxmlOptions = {}): XlsxText {
  const pkg = openPackage(bytes, options);
  const shared = sharedStrings(readXml(pkg, 'xl/sharedStrings.xml', false));
  const budget = { cells: pkg.limits.maxCells };
  const sheets = sheetEntries(pkg).map(({ name, path }) => ({
    name,
    rows: sheetRows(readXml(pkg, path, true), path, shared, budget),
  }));
  const text = sheets.map((sheet) => [sheet.name, ...sheet.rows.map((row) => row.join('\t'))].join('\n')).join('\n\n');
  return { sheets, text };
}

function sharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current = '';
  let inText = false;
  let phonetic = 0;
  scanXml(xml, 'xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = true;
      else if (name === 'rPh') phonetic += 1;
    },
    close(name) {
      if (name === 'si') strings.push(current);
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
    },
    text(text) {
      if (inText && phonetic === 0) current += text;
    },
  });
  return strings;
}

/** The sheets of xl/workbook.xml with the path of each, resolved through xl/_rels/workbook.xml.rels. */
function sheetEntries(pkg: OoxmlPackage): { name: string; path: string }[] {
  const targets = new Map<string, string>();
  scanXml(readXml(pkg, 'xl/_rels/workbook.xml.rels', true), 'xl/_rels/workbook.xml.rels', {
    open(name, attributes) {
      if (name === 'Relationship' && attributes.Id !== undefined && attributes.Target !== undefined) {
        const target = attributes.Target;
        targets.set(attributes.Id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
      }
    },
    close() {},
    text() {},
  });
  const sheets: { name: string; path: string }[] = [];
  scanXml(readXml(pkg, 'xl/workbook.xml', true), 'xl/workbook.xml', {
    open(name, attributes) {
      if (name !== 'sheet') return;
      const path = targets.get(attributes.id ?? '');
      if (path === undefined)
        throw new OoxmlFormatError(`Sheet "${attributes.name}" has no target`, 0, 'xl/workbook.xml');
      sheets.push({ name: attributes.name ?? path, path });
    },
    close() {},
    text() {},
  });
  return sheets;
}

function sheetRows(xml: string, entry: string, shared: readonly string[], budget: { cells: number }): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell: { column: number; type: string; offset: number } | undefined;
  let value = '';
  let inValue = false;
  scanXml(xml, entry, {
    open(name, attributes, offset) {
      if (name === 'row') row = [];
      else if (name === 'c') {
        cell = { column: columnOf(attributes.r, row.length, entry, offset), type: attributes.t ?? 'n', offset };
        value = '';
      } else if (name === 'v' || (name === 't' && cell?.type === 'inlineStr')) inValue = true;
    },
    close(name) {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'c' && cell !== undefined) {
        budget.cells -= 1;
        if (budget.cells < 0) throw new OoxmlFormatError('More cells than the limit', cell.offset, entry);
        while (row.length < cell.column) row.push('');
        row[cell.column] = cellText(cell.type, value, shared, entry, cell.offset);
        cell = undefined;
      } else if (name === 'row') {
        if (row.some((text) => text !== '')) rows.push(row);
      }
    },
    text(text) {
      if (inValue) value += text;
    },
  });
  return rows;
}

function columnOf(reference: string | undefined, next: number, entry: string, offset: number): number {
  if (reference === undefined) return next;
  let column = 0;
  let index = 0;
  for (; index < reference.length && index < 4; index += 1) {
    const code = reference.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  if (index === 0 || column - 1 > MAX_COLUMN)
    throw new OoxmlFormatError(`Bad cell reference "${reference}"`, offset, entry);
  return column - 1;
}

function cellText(type: string, value: string, shared: readonly string[], entry: string, offset: number): string {
  if (type === 's') {
    const text = shared[Number(value)];
    if (text === undefined) throw new OoxmlFormatError(`Shared string ${value} does not exist`, offset, entry);
    return text;
  }
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  return value;
}
