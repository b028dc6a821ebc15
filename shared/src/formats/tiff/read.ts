/** The header of a TIFF, BigTIFF, GeoTIFF or COG read by bounded range reads: never the pixel data. */
import { TiffFormatError } from './errors';
import { type GeoInfo, type GeoTags, geoInfoOf } from './geokeys';
import { type RawIfd, readHeader, readIfd, type TiffHeader } from './ifd';
import { imageOf, numbers, type TiffImage } from './image';
import { RangeCursor, type RangeLimits, type RangeSource, type RangeStats } from './range-cursor';
import { TiffTag } from './tags';

/** What {@link readTiffHeader} read. */
export interface TiffInfo {
  bigTiff: boolean;
  littleEndian: boolean;
  /** The IFD chain in file order: the full-resolution image first, overviews after it in a COG. */
  images: TiffImage[];
  /** Georeferencing of the first image, when it has GeoTIFF tags. */
  geo?: GeoInfo;
  /** Range reads and bytes the header cost. */
  stats: RangeStats;
}

/** Options of {@link readTiffHeader}. */
export interface TiffReadOptions extends RangeLimits {
  /** Read at most this many IFDs of the chain (default 16); more is a {@link TiffFormatError}. */
  maxIfds?: number;
  /** Also read the TileByteCounts (or StripByteCounts) of the first image (within `maxBytes`). Default false. */
  segmentByteCounts?: boolean;
}

/** True when the bytes start like a TIFF or BigTIFF. */
export function isTiff(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  return (
    (a === 0x49 && b === 0x49 && (c === 42 || c === 43) && d === 0) ||
    (a === 0x4d && b === 0x4d && c === 0 && (d === 42 || d === 43))
  );
}

/**
 * Reads the header, the IFD chain and the GeoTIFF tags of a file through `source`'s range reads, within `options`'
 * bounds. Tile and strip offsets are counted, not read.
 * @throws TiffFormatError with the byte offset when the file is not a TIFF, is truncated, loops or exceeds a bound.
 */
export async function readTiffHeader(source: RangeSource, options: TiffReadOptions = {}): Promise<TiffInfo> {
  const cursor = new RangeCursor(source, options);
  const header = await readHeader(cursor);
  const maxIfds = options.maxIfds ?? 16;
  const images: TiffImage[] = [];
  const seen = new Set<number>();
  let geo: GeoInfo | undefined;
  for (let offset = header.firstIfd; offset !== 0; ) {
    if (seen.has(offset)) throw new TiffFormatError('IFD chain loops back', offset);
    if (images.length >= maxIfds) throw new TiffFormatError(`IFD chain is longer than ${maxIfds}`, offset);
    seen.add(offset);
    const ifd = await readIfd(cursor, header, offset);
    images.push(await imageOf(cursor, header, ifd, images.length === 0 && options.segmentByteCounts === true));
    if (images.length === 1) geo = await geoOf(cursor, header, ifd);
    offset = ifd.next;
  }
  if (images.length === 0) throw new TiffFormatError('file has no IFD', header.headerSize - header.offsetSize);
  const info: TiffInfo = { bigTiff: header.bigTiff, littleEndian: header.littleEndian, images, stats: cursor.stats };
  if (geo) info.geo = geo;
  return info;
}

async function geoOf(cursor: RangeCursor, header: TiffHeader, ifd: RawIfd): Promise<GeoInfo | undefined> {
  const tags: GeoTags = {};
  const get = (tag: number) => numbers(cursor, header, ifd, tag);
  const assign = <K extends keyof GeoTags>(key: K, value: GeoTags[K] | undefined) => {
    if (value !== undefined) tags[key] = value;
  };
  assign('directory', await get(TiffTag.GeoKeyDirectory));
  assign('doubles', await get(TiffTag.GeoDoubleParams));
  assign('tiepoint', await get(TiffTag.ModelTiepoint));
  assign('pixelScale', await get(TiffTag.ModelPixelScale));
  assign('transformation', await get(TiffTag.ModelTransformation));
  const ascii = ifd.entries.get(TiffTag.GeoAsciiParams);
  if (ascii) {
    const bytes = await cursor.bytes(ascii.valueOffset, ascii.byteLength, 'GeoAsciiParams');
    tags.ascii = new TextDecoder('latin1').decode(bytes);
  }
  return geoInfoOf(tags, ifd.entries.get(TiffTag.GeoKeyDirectory)?.valueOffset ?? ifd.offset);
}
