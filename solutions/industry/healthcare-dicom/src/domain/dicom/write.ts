/** Encodes elements and Part 10 headers (explicit or implicit VR little endian). */
import type { DicomElement, DicomItem, PixelDataLocation } from './model';
import { LONG_VRS, Tags, UNDEFINED_LENGTH } from './tags';

/** Collects byte parts and concatenates them once. */
class Parts {
  readonly list: Uint8Array[] = [];
  length = 0;
  push(bytes: Uint8Array): void {
    this.list.push(bytes);
    this.length += bytes.length;
  }
  u16(v: number): void {
    this.push(new Uint8Array([v & 0xff, (v >>> 8) & 0xff]));
  }
  u32(v: number): void {
    this.push(new Uint8Array([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff]));
  }
  tag(t: number): void {
    this.u16(t >>> 16);
    this.u16(t & 0xffff);
  }
  bytes(): Uint8Array {
    return new Uint8Array(Buffer.concat(this.list, this.length));
  }
}

function writeHeader(parts: Parts, t: number, vr: string, length: number, explicitVr: boolean): void {
  parts.tag(t);
  if (!explicitVr) {
    parts.u32(length);
    return;
  }
  parts.push(new Uint8Array([vr.charCodeAt(0), vr.charCodeAt(1)]));
  if (LONG_VRS.has(vr)) {
    parts.u16(0);
    parts.u32(length);
  } else {
    parts.u16(length);
  }
}

function writeItem(parts: Parts, item: DicomItem, explicitVr: boolean): void {
  const body = encodeElements(item.elements, explicitVr);
  parts.tag(Tags.Item);
  parts.u32(item.undefinedLength ? UNDEFINED_LENGTH : body.length);
  parts.push(body);
  if (item.undefinedLength) {
    parts.tag(Tags.ItemDelimitation);
    parts.u32(0);
  }
}

function writeElement(parts: Parts, element: DicomElement, explicitVr: boolean): void {
  if (element.items === undefined) {
    const value = element.value ?? new Uint8Array(0);
    writeHeader(parts, element.tag, element.vr, value.length, explicitVr);
    parts.push(value);
    return;
  }
  const body = new Parts();
  for (const item of element.items) writeItem(body, item, explicitVr);
  writeHeader(parts, element.tag, 'SQ', element.undefinedLength ? UNDEFINED_LENGTH : body.length, explicitVr);
  parts.push(body.bytes());
  if (element.undefinedLength) {
    parts.tag(Tags.SequenceDelimitation);
    parts.u32(0);
  }
}

/** The bytes of `elements`, in the given order. */
export function encodeElements(elements: readonly DicomElement[], explicitVr: boolean): Uint8Array {
  const parts = new Parts();
  for (const element of elements) writeElement(parts, element, explicitVr);
  return parts.bytes();
}

/** What {@link encodeDicomHeader} writes. */
export interface HeaderToWrite {
  preamble?: Uint8Array;
  /** Group 0002 elements without the group length, which is computed. */
  meta: readonly DicomElement[];
  explicitVr: boolean;
  dataset: readonly DicomElement[];
  /** The Pixel Data element header to end with; its value is streamed after it. */
  pixelData?: Pick<PixelDataLocation, 'vr' | 'length'>;
}

/**
 * Preamble, `DICM`, file meta (explicit VR, with a correct (0002,0000) group length), the data set and the Pixel
 * Data element header: everything of a Part 10 file but the pixel value.
 */
export function encodeDicomHeader(header: HeaderToWrite): Uint8Array {
  const parts = new Parts();
  parts.push(header.preamble ?? new Uint8Array(128));
  parts.push(new Uint8Array([0x44, 0x49, 0x43, 0x4d]));
  const meta = encodeElements(
    header.meta.filter((e) => e.tag !== Tags.FileMetaGroupLength),
    true,
  );
  writeHeader(parts, Tags.FileMetaGroupLength, 'UL', 4, true);
  parts.u32(meta.length);
  parts.push(meta);
  parts.push(encodeElements(header.dataset, header.explicitVr));
  if (header.pixelData !== undefined) {
    const { vr, length } = header.pixelData;
    writeHeader(parts, Tags.PixelData, vr, length ?? UNDEFINED_LENGTH, header.explicitVr);
  }
  return parts.bytes();
}
