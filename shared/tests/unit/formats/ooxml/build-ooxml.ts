/** A small zip, .docx and .xlsx writer for the tests (deflated or stored entries, correct CRC-32). */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: string | Buffer;
  /** 8 (deflate, default) or 0 (stored). */
  method?: 0 | 8;
  /** Size written in the headers instead of the real one (to build a lying archive). */
  declaredSize?: number;
}

export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    const method = entry.method ?? 8;
    const body = method === 8 ? deflateRawSync(data) : data;
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx whose paragraphs are `paragraphs` (tabs and line breaks as w:tab and w:br, text split into runs). */
export function buildDocx(paragraphs: readonly string[]): Buffer {
  const body = paragraphs
    .map((paragraph) => {
      const runs = paragraph.split('\n').map((line) =>
        line
          .split('\t')
          .map((piece) => `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`)
          .join('<w:tab/>'),
      );
      return `<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r>${runs.join('<w:br/>')}</w:r></w:p>`;
    })
    .join('');
  return zip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    },
  ]);
}

export interface SheetSpec {
  name: string;
  rows: string[][];
}

function columnName(index: number): string {
  let name = '';
  for (let value = index + 1; value > 0; value = Math.floor((value - 1) / 26)) {
    name = String.fromCharCode(65 + ((value - 1) % 26)) + name;
  }
  return name;
}

/** An .xlsx of `sheets`: numbers as numeric cells, other text as shared strings (odd columns) or inline strings. */
export function buildXlsx(sheets: readonly SheetSpec[]): Buffer {
  const shared: string[] = [];
  const sheetXml = sheets.map((sheet) => {
    const rows = sheet.rows.map((row, rowIndex) => {
      const cells = row.map((value, column) => {
        if (value === '') return '';
        const ref = `${columnName(column)}${rowIndex + 1}`;
        if (/^-?\d{1,9}(\.\d{1,4})?$/.test(value)) return `<c r="${ref}"><v>${value}</v></c>`;
        if (column % 2 === 1) return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
        shared.push(value);
        return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
      });
      return `<row r="${rowIndex + 1}">${cells.join('')}</row>`;
    });
    return `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`;
  });
  const strings = shared.map((text) => `<si><t>${escapeXml(text)}</t><rPh><t>ruby</t></rPh></si>`).join('');
  return zip([
    {
      name: 'xl/workbook.xml',
      data: `<workbook xmlns:r="r"><sheets>${sheets.map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<Relationships>${sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Target="worksheets/sheet${index + 1}.xml"/>`).join('')}</Relationships>`,
    },
    { name: 'xl/sharedStrings.xml', data: `<sst>${strings}</sst>`, method: 0 },
    ...sheetXml.map((data, index) => ({ name: `xl/worksheets/sheet${index + 1}.xml`, data })),
  ]);
}
