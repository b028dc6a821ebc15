/** Fonts of a content stream: how to split a string into codes, their text and their widths. */
import { parseToUnicode, type ToUnicode } from './cmap';
import type { PdfFile } from './document';
import { type CodeTable, glyphText, MAC_ROMAN, STANDARD, WIN_ANSI } from './encodings';
import { isDict, nameOf, numberOf, type PdfDict, PdfStream, type PdfValue } from './objects';

/** A shown string: its text, its advance (thousandths of the font size), its code count and its space codes. */
export interface ShownText {
  text: string;
  advance: number;
  codes: number;
  spaces: number;
}

/** A font ready to decode shown strings. */
export interface PdfFont {
  show(bytes: Uint8Array): ShownText;
}

const TABLES: Record<string, CodeTable> = {
  WinAnsiEncoding: WIN_ANSI,
  MacRomanEncoding: MAC_ROMAN,
  StandardEncoding: STANDARD,
};
const MAX_WIDTHS = 0x10000;

/** Builds the decoder of a font dictionary (a missing font decodes as WinAnsi with average widths). */
export function loadFont(file: PdfFile, font: PdfDict | undefined): PdfFont {
  const toUnicode = readToUnicode(file, font);
  if (nameOf(font?.get('Subtype')) === 'Type0') return compositeFont(file, font, toUnicode);
  const table = simpleTable(file, font);
  const widths = file.get(font, 'Widths');
  const firstChar = numberOf(file.get(font, 'FirstChar')) ?? 0;
  const fallback = (nameOf(font?.get('BaseFont')) ?? '').includes('Courier') ? 600 : 500;
  const width = (code: number) =>
    numberOf(Array.isArray(widths) ? file.resolve(widths[code - firstChar]) : undefined) || fallback;
  return {
    show(bytes) {
      let [text, advance, spaces] = ['', 0, 0];
      for (const code of bytes) {
        text += toUnicode?.map[1]?.get(code) ?? table[code] ?? '';
        advance += width(code);
        if (code === 0x20) spaces += 1;
      }
      return { text, advance, codes: bytes.length, spaces };
    },
  };
}

function readToUnicode(file: PdfFile, font: PdfDict | undefined): ToUnicode | undefined {
  const stream = file.get(font, 'ToUnicode');
  if (!(stream instanceof PdfStream)) return undefined;
  const data = file.decode(stream);
  if (data === undefined) return undefined;
  try {
    return parseToUnicode(data);
  } catch {
    return undefined;
  }
}

function simpleTable(file: PdfFile, font: PdfDict | undefined): CodeTable {
  const encoding = file.get(font, 'Encoding');
  const baseName = isDict(encoding) ? nameOf(file.get(encoding, 'BaseEncoding')) : nameOf(encoding);
  const subtype = nameOf(font?.get('Subtype'));
  const base = TABLES[baseName ?? ''] ?? (subtype === 'Type1' ? STANDARD : WIN_ANSI);
  const differences = isDict(encoding) ? file.get(encoding, 'Differences') : undefined;
  if (!Array.isArray(differences)) return base;
  const table = [...base];
  let code = 0;
  for (const item of differences) {
    const value = file.resolve(item);
    if (typeof value === 'number') code = value;
    const glyph = nameOf(value);
    if (glyph === undefined) continue;
    if (code >= 0 && code < 256) table[code] = glyphText(glyph) ?? table[code] ?? '';
    code += 1;
  }
  return table;
}

function compositeFont(file: PdfFile, font: PdfDict | undefined, toUnicode: ToUnicode | undefined): PdfFont {
  const descendants = file.get(font, 'DescendantFonts');
  const cidFont = Array.isArray(descendants) ? file.resolve(descendants[0]) : undefined;
  const descendant = isDict(cidFont) ? cidFont : undefined;
  const defaultWidth = numberOf(file.get(descendant, 'DW')) ?? 1000;
  const widths = cidWidths(file, file.get(descendant, 'W'));
  const lengths = toUnicode?.lengths.length ? toUnicode.lengths : [2];
  return {
    show(bytes) {
      let [text, advance, pos, codes] = ['', 0, 0, 0];
      while (pos < bytes.length) {
        const [length, code] = nextCode(bytes, pos, lengths, toUnicode);
        text += toUnicode?.map[length]?.get(code) ?? '';
        advance += widths.get(code) ?? defaultWidth;
        pos += length;
        codes += 1;
      }
      return { text, advance, codes, spaces: 0 };
    },
  };
}

function nextCode(
  bytes: Uint8Array,
  pos: number,
  lengths: number[],
  toUnicode: ToUnicode | undefined,
): [number, number] {
  let code = 0;
  let length = 0;
  for (const candidate of lengths) {
    while (length < candidate) code = code * 256 + (bytes[pos + length++] ?? 0);
    if (toUnicode?.map[length]?.has(code)) return [length, code];
  }
  return [Math.max(1, length), code];
}

function cidWidths(file: PdfFile, value: PdfValue | undefined): Map<number, number> {
  const widths = new Map<number, number>();
  if (!Array.isArray(value)) return widths;
  for (let index = 0; index < value.length && widths.size < MAX_WIDTHS; ) {
    const first = numberOf(file.resolve(value[index])) ?? 0;
    const next = file.resolve(value[index + 1]);
    if (Array.isArray(next)) {
      for (const [offset, width] of next.slice(0, MAX_WIDTHS).entries()) {
        widths.set(first + offset, numberOf(file.resolve(width)) ?? 0);
      }
      index += 2;
    } else {
      const last = Math.min(numberOf(next) ?? first, first + MAX_WIDTHS);
      const width = numberOf(file.resolve(value[index + 2])) ?? 0;
      for (let cid = first; cid <= last; cid += 1) widths.set(cid, width);
      index += 3;
    }
  }
  return widths;
}
