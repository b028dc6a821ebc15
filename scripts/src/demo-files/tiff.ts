import { packBits } from './packbits';
import { concatBytes, type Raster } from './raster';

/** How TIFF strips are stored: as they are, or PackBits (baseline run-length, small for text and flat areas). */
export type TiffCompression = 'none' | 'packbits';

const TAG = {
  NewSubfileType: 254,
  ImageWidth: 256,
  ImageLength: 257,
  BitsPerSample: 258,
  Compression: 259,
  Photometric: 262,
  StripOffsets: 273,
  SamplesPerPixel: 277,
  RowsPerStrip: 278,
  StripByteCounts: 279,
  XResolution: 282,
  YResolution: 283,
  PlanarConfiguration: 284,
  ResolutionUnit: 296,
} as const;
const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;
const STRIP_BYTES = 8192;

type Entry = [tag: number, type: number, count: number, valueOrOffset: number];

/** The bytes of one strip: its rows as they are, or each row PackBits-coded on its own (as the baseline asks). */
function stripBytes(page: Raster, firstRow: number, rows: number, compression: TiffCompression): Uint8Array {
  const stride = page.width * page.channels;
  const raw = page.data.subarray(firstRow * stride, (firstRow + rows) * stride);
  if (compression === 'none') return raw;
  const coded: Uint8Array[] = [];
  for (let row = 0; row < rows; row += 1) coded.push(packBits(raw.subarray(row * stride, (row + 1) * stride)));
  return concatBytes(coded);
}

/**
 * A baseline TIFF (little-endian, 8-bit gray or RGB, chunky, ~8 KB strips, 300 dpi), one page per raster,
 * uncompressed unless `compression` is packbits: the subset every TIFF reader supports.
 */
export function encodeTiff(pages: readonly Raster[], compression: TiffCompression = 'none'): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 8;
  const place = (bytes: Uint8Array): number => {
    if (size % 2 === 1) {
      chunks.push(new Uint8Array(1));
      size += 1;
    }
    const at = size;
    chunks.push(bytes);
    size += bytes.length;
    return at;
  };
  const header = new Uint8Array(8);
  header.set([0x49, 0x49, 42, 0]);
  const ifdOffsets: { at: number; view: DataView }[] = [];
  for (const page of pages) {
    const stride = page.width * page.channels;
    const rowsPerStrip = Math.max(1, Math.min(page.height, Math.floor(STRIP_BYTES / stride)));
    const offsets: number[] = [];
    const counts: number[] = [];
    for (let row = 0; row < page.height; row += rowsPerStrip) {
      const strip = stripBytes(page, row, Math.min(rowsPerStrip, page.height - row), compression);
      offsets.push(place(strip));
      counts.push(strip.length);
    }
    const longs = (values: readonly number[]) => {
      const bytes = new Uint8Array(values.length * 4);
      const view = new DataView(bytes.buffer);
      for (const [index, value] of values.entries()) view.setUint32(index * 4, value, true);
      return bytes;
    };
    const array = (values: readonly number[]) => (values.length === 1 ? (values[0] ?? 0) : place(longs(values)));
    const resolution = place(longs([300, 1]));
    const bits = page.channels === 3 ? place(new Uint8Array([8, 0, 8, 0, 8, 0])) : 8;
    const entries: Entry[] = [
      [TAG.NewSubfileType, LONG, 1, pages.length > 1 ? 2 : 0],
      [TAG.ImageWidth, LONG, 1, page.width],
      [TAG.ImageLength, LONG, 1, page.height],
      [TAG.BitsPerSample, SHORT, page.channels, bits],
      [TAG.Compression, SHORT, 1, compression === 'packbits' ? 32773 : 1],
      [TAG.Photometric, SHORT, 1, page.channels === 3 ? 2 : 1],
      [TAG.StripOffsets, LONG, offsets.length, array(offsets)],
      [TAG.SamplesPerPixel, SHORT, 1, page.channels],
      [TAG.RowsPerStrip, LONG, 1, rowsPerStrip],
      [TAG.StripByteCounts, LONG, counts.length, array(counts)],
      [TAG.XResolution, RATIONAL, 1, resolution],
      [TAG.YResolution, RATIONAL, 1, resolution],
      [TAG.PlanarConfiguration, SHORT, 1, 1],
      [TAG.ResolutionUnit, SHORT, 1, 2],
    ];
    const ifd = new Uint8Array(2 + entries.length * 12 + 4);
    const view = new DataView(ifd.buffer);
    view.setUint16(0, entries.length, true);
    entries.forEach(([tag, type, count, value], index) => {
      const at = 2 + index * 12;
      view.setUint16(at, tag, true);
      view.setUint16(at + 2, type, true);
      view.setUint32(at + 4, count, true);
      if (type === SHORT && count === 1) view.setUint16(at + 8, value, true);
      else view.setUint32(at + 8, value, true);
    });
    ifdOffsets.push({ at: place(ifd), view });
  }
  new DataView(header.buffer).setUint32(4, ifdOffsets[0]?.at ?? 0, true);
  ifdOffsets.forEach((ifd, index) => {
    ifd.view.setUint32(ifd.view.byteLength - 4, ifdOffsets[index + 1]?.at ?? 0, true);
  });
  return concatBytes([header, ...chunks]);
}
