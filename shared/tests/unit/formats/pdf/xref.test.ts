import { extractPdfText } from '../../../../src/formats/pdf';
import { stream } from './pdf-builders';

/** Rows of an xref stream with /W [1 2 1], PNG Up-predicted (Predictor 12, Columns 4). */
function upPredicted(rows: number[][]): Buffer {
  const out: number[] = [];
  let previous = [0, 0, 0, 0];
  for (const row of rows) {
    out.push(2, ...row.map((byte, index) => (byte - (previous[index] ?? 0)) & 0xff));
    previous = row;
  }
  return Buffer.from(out);
}

/**
 * A PDF 1.5 file: the page and font live in an object stream, the cross-reference is a predicted xref stream, and
 * an incremental update replaces the page's content through a classic table whose /Prev points at the stream.
 */
function xrefStreamPdf(): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n')];
  const offsets = new Map<number, number>();
  const add = (num: number, body: Buffer | string) => {
    offsets.set(num, Buffer.concat(parts).length);
    parts.push(Buffer.from(`${num} 0 obj\n`), Buffer.from(body as string), Buffer.from('\nendobj\n'));
  };
  add(1, '<< /Type /Catalog /Pages 2 0 R >>');
  add(4, stream('', 'BT /F1 10 Tf 50 700 Td (original) Tj ET'));
  const packed = [
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let header = '';
  let body = '';
  packed.forEach((object, index) => {
    header += `${index + 2} ${body.length} `;
    body += `${object}\n`;
  });
  add(5, stream(`/Type /ObjStm /N 3 /First ${header.length}`, header + body, true));
  const xrefAt = Buffer.concat(parts).length;
  const entries = [
    [0, 0, 0],
    [1, offsets.get(1) ?? 0, 0],
    [2, 5, 0],
    [2, 5, 1],
    [1, offsets.get(4) ?? 0, 0],
    [1, offsets.get(5) ?? 0, 0],
    [2, 5, 2],
    [1, xrefAt, 0],
  ];
  const rows = entries.map(([type = 0, field = 0, index = 0]) => [type, field >> 8, field & 0xff, index]);
  const xref = stream(
    '/Type /XRef /Size 8 /W [1 2 1] /Root 1 0 R /DecodeParms << /Predictor 12 /Columns 4 >>',
    upPredicted(rows),
    true,
  );
  parts.push(Buffer.from('7 0 obj\n'), xref, Buffer.from(`\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`));
  const updateAt = Buffer.concat(parts).length;
  parts.push(Buffer.from('4 0 obj\n'), stream('', 'BT /F1 10 Tf 50 700 Td (updated) Tj ET'), Buffer.from('\nendobj\n'));
  const tableAt = Buffer.concat(parts).length;
  const table = `xref\n0 1\n0000000000 65535 f \n4 1\n${String(updateAt).padStart(10, '0')} 00000 n \n`;
  parts.push(Buffer.from(`${table}trailer\n<< /Size 8 /Root 1 0 R /Prev ${xrefAt} >>\nstartxref\n${tableAt}\n%%EOF\n`));
  return Buffer.concat(parts);
}

describe('cross-reference streams, object streams and incremental updates', () => {
  it('reads objects from an object stream through a predicted xref stream, newest section first', () => {
    // Prepare
    const bytes = xrefStreamPdf();

    // Act
    const result = extractPdfText(bytes);

    // Assess
    expect(result.pageCount).toBe(1);
    expect(result.pages[0]?.lines).toEqual(['updated']);
  });
});
