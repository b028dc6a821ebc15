/** Data elements and sequences of a data set, explicit or implicit VR little endian. */
import { DicomFormatError } from '../../errors';
import type { Cursor } from './cursor';
import type { DicomElement, DicomItem } from './model';
import { formatTag, implicitVr, LONG_VRS, Tags, tag, UNDEFINED_LENGTH } from './tags';

/** Deepest sequence nesting accepted (a crafted file cannot exhaust the stack). */
export const MAX_SEQUENCE_DEPTH = 32;

/** The header of one element: tag, VR and value length (undefined length as {@link UNDEFINED_LENGTH}). */
export interface ElementHeader {
  tag: number;
  vr: string;
  length: number;
  offset: number;
}

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/** Reads an element header at the cursor. */
export function readElementHeader(cursor: Cursor, explicitVr: boolean): ElementHeader {
  const offset = cursor.pos;
  cursor.need(8, 'an element header');
  const t = tag(cursor.u16(), cursor.u16());
  if (t >>> 16 === 0xfffe) {
    throw new DicomFormatError(`Unexpected item tag ${formatTag(t)} at offset ${offset} outside a sequence`);
  }
  if (!explicitVr) {
    const length = cursor.u32();
    return { tag: t, vr: implicitVr(t, length === UNDEFINED_LENGTH), length, offset };
  }
  const vrBytes = cursor.take(2, 'a VR');
  if (!isUpper(vrBytes[0] ?? 0) || !isUpper(vrBytes[1] ?? 0)) {
    throw new DicomFormatError(`Invalid VR bytes at offset ${offset + 4} for tag ${formatTag(t)}`);
  }
  const vr = String.fromCharCode(vrBytes[0] ?? 0, vrBytes[1] ?? 0);
  if (!LONG_VRS.has(vr)) return { tag: t, vr, length: cursor.u16(), offset };
  cursor.need(6, 'a long element header');
  cursor.pos += 2;
  return { tag: t, vr, length: cursor.u32(), offset };
}

/** Reads the value of an element whose header was just read. */
export function readElementValue(
  cursor: Cursor,
  header: ElementHeader,
  explicitVr: boolean,
  depth: number,
): DicomElement {
  const { tag: t, vr, length } = header;
  if (vr === 'SQ') {
    if (depth >= MAX_SEQUENCE_DEPTH) {
      throw new DicomFormatError(`Sequences nested deeper than ${MAX_SEQUENCE_DEPTH} at offset ${header.offset}`);
    }
    if (length === UNDEFINED_LENGTH) {
      return { tag: t, vr, items: readItems(cursor, undefined, explicitVr, depth + 1), undefinedLength: true };
    }
    cursor.need(length, `sequence ${formatTag(t)}`);
    return { tag: t, vr, items: readItems(cursor, cursor.pos + length, explicitVr, depth + 1) };
  }
  if (length === UNDEFINED_LENGTH) {
    throw new DicomFormatError(`Undefined length on ${vr} element ${formatTag(t)} at offset ${header.offset}`);
  }
  return { tag: t, vr, value: cursor.take(length, `the value of ${formatTag(t)}`) };
}

/** Items of a sequence: up to `end`, or up to the sequence delimiter when `end` is undefined. */
function readItems(cursor: Cursor, end: number | undefined, explicitVr: boolean, depth: number): DicomItem[] {
  const items: DicomItem[] = [];
  while (end === undefined || cursor.pos < end) {
    const offset = cursor.pos;
    const t = tag(cursor.u16(), cursor.u16());
    const length = cursor.u32();
    if (t === Tags.SequenceDelimitation && end === undefined) return items;
    if (t !== Tags.Item) throw new DicomFormatError(`Expected an item tag at offset ${offset}, found ${formatTag(t)}`);
    if (length === UNDEFINED_LENGTH) {
      items.push({ elements: readElements(cursor, undefined, explicitVr, depth), undefinedLength: true });
    } else {
      cursor.need(length, 'an item');
      items.push({ elements: readElements(cursor, cursor.pos + length, explicitVr, depth) });
    }
    if (end !== undefined && cursor.pos > end) throw overrun(offset, end);
  }
  return items;
}

/** Elements of an item: up to `end`, or up to the item delimiter when `end` is undefined. */
function readElements(cursor: Cursor, end: number | undefined, explicitVr: boolean, depth: number): DicomElement[] {
  const elements: DicomElement[] = [];
  while (end === undefined || cursor.pos < end) {
    if (end === undefined && cursor.peekU16() === 0xfffe) {
      const offset = cursor.pos;
      const t = tag(cursor.u16(), cursor.u16());
      cursor.u32();
      if (t === Tags.ItemDelimitation) return elements;
      throw new DicomFormatError(`Expected an item delimiter at offset ${offset}, found ${formatTag(t)}`);
    }
    const header = readElementHeader(cursor, explicitVr);
    elements.push(readElementValue(cursor, header, explicitVr, depth));
    if (end !== undefined && cursor.pos > end) throw overrun(header.offset, end);
  }
  return elements;
}

const overrun = (offset: number, end: number) =>
  new DicomFormatError(`Element at offset ${offset} runs past the end of its item or sequence at offset ${end}`);
