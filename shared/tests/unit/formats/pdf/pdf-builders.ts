/** PDF fixtures for the tests: pdf-lib and pdfkit documents, and hand-written files with chosen structures. */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import PDFKit from 'pdfkit';

/** DejaVu Sans, a TrueType font from the dejavu-fonts-ttf package. */
export const dejaVuSans = (): Buffer => readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));

/** One page per entry, each line drawn with pdf-lib at 14 pt spacing from the top. */
export async function pdfLibDocument(
  pages: string[][],
  options: { ttf?: boolean; objectStreams?: boolean; title?: string; author?: string } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (options.title !== undefined) doc.setTitle(options.title);
  if (options.author !== undefined) doc.setAuthor(options.author);
  doc.setCreationDate(new Date('2024-01-31T09:30:00Z'));
  let font: PDFFont;
  if (options.ttf === true) {
    doc.registerFontkit(fontkit);
    font = await doc.embedFont(dejaVuSans(), { subset: true });
  } else {
    font = await doc.embedFont(StandardFonts.Helvetica);
  }
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, index) => {
      page.drawText(line, { x: 50, y: 800 - index * 14, size: 10, font });
    });
  }
  return doc.save({ useObjectStreams: options.objectStreams ?? true });
}

/** A pdfkit document of the given paragraphs (compressed content, the default font). */
export function pdfKitDocument(paragraphs: string[], title: string): Promise<Uint8Array> {
  const kit = new PDFKit({ compress: true, info: { Title: title, CreationDate: new Date('2024-01-31T00:00:00Z') } });
  const chunks: Buffer[] = [];
  kit.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => kit.on('end', () => resolve(Buffer.concat(chunks))));
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) kit.addPage();
    kit.text(paragraph);
  });
  kit.font(dejaVuSans()).text('Ωmega café');
  kit.end();
  return done;
}

/** A stream object body: its dictionary entries, the data and its /Length (optionally deflated). */
export function stream(entries: string, data: string | Buffer, deflate = false): Buffer {
  const raw = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  const body = deflate ? deflateSync(raw) : raw;
  const filter = deflate ? ' /Filter /FlateDecode' : '';
  return Buffer.concat([
    Buffer.from(`<< ${entries}${filter} /Length ${body.length} >>\nstream\n`, 'latin1'),
    body,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

/**
 * A classic PDF of `objects` (object 1 is the catalog, numbering follows the array) with an xref table and a
 * trailer carrying `trailer` entries besides /Size and /Root.
 */
export function rawPdf(objects: (string | Buffer)[], trailer = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  objects.forEach((body, index) => {
    offsets.push(length);
    const part = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(part);
    length += part.length;
  });
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}`;
  const tail = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref + tail, 'latin1'));
  return Buffer.concat(parts);
}

/** A one-page raw PDF: catalog, pages, page with `resources`, its content, then `extra` objects (numbered from 5). */
export function onePage(
  content: string | Buffer,
  resources: string,
  extra: (string | Buffer)[] = [],
  trailer = '',
): Buffer {
  const body = typeof content === 'string' ? stream('', content) : content;
  return rawPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources ${resources} /Contents 4 0 R >>`,
      body,
      ...extra,
    ],
    trailer,
  );
}
