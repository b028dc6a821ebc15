/** JPEG size from the first start-of-frame (SOF) segment. */
import { InvalidImageError } from '../errors';
import { requireBytes, uint16be } from './byte-reader';

// SOF0-SOF15 are 0xC0-0xCF, except DHT (0xC4), JPG (0xC8) and DAC (0xCC), which share the range.
const NOT_FRAME_MARKERS = new Set([0xc4, 0xc8, 0xcc]);
const START_OF_SCAN = 0xda;
const END_OF_IMAGE = 0xd9;

function isFrameMarker(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && !NOT_FRAME_MARKERS.has(marker);
}

/** Markers that stand alone, without a length field: TEM, RST0-RST7 and SOI. */
function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8);
}

/** Width and height of a JPEG (the bytes start with SOI `FF D8`), read from its first SOF segment. */
export function readJpegSize(bytes: Uint8Array): { width: number; height: number } {
  let offset = 2;
  for (;;) {
    requireBytes(bytes, offset + 2, 'JPEG marker');
    if (bytes[offset] !== 0xff) {
      throw new InvalidImageError(`Corrupt JPEG: expected a marker at byte ${offset}, found 0x${hex(bytes[offset])}`);
    }
    // Any number of 0xFF fill bytes may precede a marker.
    while (bytes[offset + 1] === 0xff) {
      offset += 1;
      requireBytes(bytes, offset + 2, 'JPEG marker');
    }
    const marker = bytes[offset + 1] ?? 0;
    offset += 2;
    if (isStandalone(marker)) continue;
    if (marker === START_OF_SCAN || marker === END_OF_IMAGE || marker === 0x00) {
      throw new InvalidImageError(`Corrupt JPEG: marker 0x${hex(marker)} found before any frame header (SOF)`);
    }
    requireBytes(bytes, offset + 2, 'JPEG segment length');
    const length = uint16be(bytes, offset);
    if (length < 2) throw new InvalidImageError(`Corrupt JPEG: segment 0x${hex(marker)} has length ${length}`);
    if (isFrameMarker(marker)) return readFrame(bytes, offset, length);
    offset += length;
  }
}

function readFrame(bytes: Uint8Array, offset: number, length: number): { width: number; height: number } {
  // Segment: length (2), sample precision (1), number of lines (2), samples per line (2), components...
  if (length < 8) throw new InvalidImageError(`Corrupt JPEG: frame header length ${length} is below 8`);
  requireBytes(bytes, offset + 7, 'JPEG frame header');
  const height = uint16be(bytes, offset + 3);
  const width = uint16be(bytes, offset + 5);
  if (width === 0 || height === 0) {
    throw new InvalidImageError(`Unsupported JPEG: frame header declares ${width}x${height} pixels`);
  }
  return { width, height };
}

function hex(value: number | undefined): string {
  return (value ?? 0).toString(16).padStart(2, '0').toUpperCase();
}
