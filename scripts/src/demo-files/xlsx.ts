import { DemoFileError } from './raster';
import { contentTypes, demoZip, relationships, XML_HEAD, xmlText } from './zip';

/** A cell value: text (inline string), a finite number, a boolean, or null for an empty cell. */
export type XlsxCell = string | number | boolean | null;

/** One worksheet: its tab name (1-31 characters, none of []:*?/\) and its rows from A1. */
export interface XlsxSheet {
  name: string;
  rows: readonly (readonly XlsxCell[])[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const BAD_NAME = /[[\]:*?/\\]/;

/** The column letters of a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(value: XlsxCell, ref: string): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new DemoFileError(`cell ${ref}: a number must be finite, got ${value}`);
    return `<c r="${ref}"><v>${value}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value, `cell ${ref}`)}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((value, c) => cellXml(value, `${columnName(c)}${r + 1}`)).join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return `${XML_HEAD}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
}

/**
 * A minimal valid Excel workbook (.xlsx) with one worksheet per sheet, strings stored inline (no shared-strings
 * part). Same sheets, same bytes. Throws `DemoFileError` on no sheets, a bad or repeated sheet name, or a cell that
 * cannot be stored.
 */
export function xlsxWorkbook(options: { sheets: readonly XlsxSheet[] }): Uint8Array {
  const { sheets } = options;
  if (sheets.length === 0) throw new DemoFileError('a workbook needs at least one sheet');
  const seen = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.name.length === 0 || sheet.name.length > 31 || BAD_NAME.test(sheet.name))
      throw new DemoFileError(`sheet name "${sheet.name}" must be 1-31 characters without []:*?/\\`);
    if (seen.has(sheet.name.toLowerCase())) throw new DemoFileError(`sheet name "${sheet.name}" is repeated`);
    seen.add(sheet.name.toLowerCase());
  }
  const list = sheets
    .map((sheet, i) => `<sheet name="${xmlText(sheet.name, 'sheet name')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  return demoZip([
    [
      '[Content_Types].xml',
      contentTypes([
        ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
        ...sheets.map((_, i) => [`/xl/worksheets/sheet${i + 1}.xml`, sheetType] as const),
      ]),
    ],
    ['_rels/.rels', relationships([['rId1', 'officeDocument', 'xl/workbook.xml']])],
    ['xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${list}</sheets></workbook>`],
    [
      'xl/_rels/workbook.xml.rels',
      relationships(sheets.map((_, i) => [`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`])),
    ],
    ...sheets.map((sheet, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet)] as const),
  ]);
}
