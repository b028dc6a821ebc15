/** The document information dictionary: text strings and dates. */
import type { PdfFile } from './document';
import { utf16be, WIN_ANSI } from './encodings';
import { bytesOf, type PdfDict } from './objects';

/** Document information (each field present only when the file has it). */
export interface PdfInfo {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
  /** ISO 8601 when the PDF date parses (`D:YYYYMMDDHHmmSS+HH'mm'`), else the raw string. */
  creationDate?: string;
  /** ISO 8601 when the PDF date parses, else the raw string. */
  modDate?: string;
}

const FIELDS = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate'] as const;

/** The `/Info` dictionary of the trailer, decoded. */
export function readInfo(file: PdfFile): PdfInfo {
  const dict: PdfDict | undefined = file.dict(file.trailer, 'Info');
  const info: PdfInfo = {};
  for (const field of FIELDS) {
    const bytes = bytesOf(file.get(dict, field));
    if (bytes === undefined) continue;
    const text = textString(bytes);
    const key = (field.charAt(0).toLowerCase() + field.slice(1)) as keyof PdfInfo;
    info[key] = field.endsWith('Date') ? pdfDate(text) : text;
  }
  return info;
}

/** A PDF text string: UTF-16BE or UTF-8 with a byte order mark, else PDFDocEncoding (close to Windows-1252). */
export function textString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder().decode(bytes.subarray(3));
  return Array.from(bytes, (byte) => WIN_ANSI[byte] ?? '').join('');
}

/** `D:20240131093000+09'00'` as `2024-01-31T09:30:00+09:00`; an unparseable date is returned as is. */
export function pdfDate(text: string): string {
  const body = text.startsWith('D:') ? text.slice(2) : text;
  const digits = (start: number, length: number, fallback: string) => {
    const part = body.slice(start, start + length);
    return part.length === length && [...part].every((char) => char >= '0' && char <= '9') ? part : fallback;
  };
  const year = digits(0, 4, '');
  if (year === '') return text;
  const [month, day, hour, minute, second] = [
    digits(4, 2, '01'),
    digits(6, 2, '01'),
    digits(8, 2, '00'),
    digits(10, 2, '00'),
    digits(12, 2, '00'),
  ];
  const sign = body.charAt(14);
  const zone = sign === '+' || sign === '-' ? `${sign}${digits(15, 2, '00')}:${digits(18, 2, '00')}` : 'Z';
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`;
  return Number.isNaN(Date.parse(iso)) ? text : iso;
}
