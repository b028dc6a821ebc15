/** One image (IFD) of a TIFF: size, samples, compression and how its pixel data is laid out. */
import { TiffFormatError } from './errors';
import { type RawIfd, readValues, type TiffHeader } from './ifd';
import type { RangeCursor } from './range-cursor';
import { TiffTag } from './tags';

/** How the pixel data of an image is laid out. */
export type TiffDataLayout =
  | { kind: 'tiled'; tileWidth: number; tileLength: number; tilesAcross: number; tilesDown: number; tileCount: number }
  | { kind: 'strips'; rowsPerStrip: number; stripCount: number };

/** One image (IFD) of the file. */
export interface TiffImage {
  /** File offset of its IFD. */
  ifdOffset: number;
  width: number;
  height: number;
  newSubfileType: number;
  /** NewSubfileType bit 0: a reduced-resolution version (an overview) of another image. */
  reducedResolution: boolean;
  bitsPerSample: number[];
  samplesPerPixel: number;
  /** 1 none, 5 LZW, 7 JPEG, 8 Deflate, ... */
  compression: number;
  photometric?: number;
  planarConfiguration: number;
  sampleFormat: number;
  layout: TiffDataLayout;
  /** Compressed bytes of each tile or strip, when {@link TiffReadOptions.segmentByteCounts} asked for them. */
  segmentByteCounts?: number[];
}

/** The numeric values of `tag` in `ifd`, or undefined when it is absent. */
export async function numbers(
  cursor: RangeCursor,
  header: TiffHeader,
  ifd: RawIfd,
  tag: number,
): Promise<number[] | undefined> {
  const entry = ifd.entries.get(tag);
  if (!entry) return undefined;
  const values = await readValues(cursor, header, entry);
  if (typeof values === 'string') throw new TiffFormatError(`tag ${tag} is ASCII, numbers expected`, entry.valueOffset);
  return values;
}

/** The {@link TiffImage} of `ifd` (tile and strip offsets are counted, not read). */
export async function imageOf(
  cursor: RangeCursor,
  header: TiffHeader,
  ifd: RawIfd,
  withCounts = false,
): Promise<TiffImage> {
  const one = async (tag: number, fallback?: number) => {
    const value = (await numbers(cursor, header, ifd, tag))?.[0] ?? fallback;
    if (value === undefined) throw new TiffFormatError(`IFD lacks required tag ${tag}`, ifd.offset);
    return value;
  };
  const width = await one(TiffTag.ImageWidth);
  const height = await one(TiffTag.ImageLength);
  const samplesPerPixel = await one(TiffTag.SamplesPerPixel, 1);
  const planarConfiguration = await one(TiffTag.PlanarConfiguration, 1);
  const newSubfileType = await one(TiffTag.NewSubfileType, 0);
  const planes = planarConfiguration === 2 ? samplesPerPixel : 1;
  const image: TiffImage = {
    ifdOffset: ifd.offset,
    width,
    height,
    newSubfileType,
    reducedResolution: (newSubfileType & 1) === 1,
    bitsPerSample: (await numbers(cursor, header, ifd, TiffTag.BitsPerSample)) ?? [1],
    samplesPerPixel,
    compression: await one(TiffTag.Compression, 1),
    planarConfiguration,
    sampleFormat: await one(TiffTag.SampleFormat, 1),
    layout: await layoutOf(cursor, header, ifd, width, height, planes),
  };
  if (withCounts) {
    const tiled = image.layout.kind === 'tiled';
    const counts = await numbers(cursor, header, ifd, tiled ? TiffTag.TileByteCounts : TiffTag.StripByteCounts);
    if (counts) image.segmentByteCounts = counts;
  }
  const photometric = (await numbers(cursor, header, ifd, TiffTag.PhotometricInterpretation))?.[0];
  if (photometric !== undefined) image.photometric = photometric;
  return image;
}

async function layoutOf(
  cursor: RangeCursor,
  header: TiffHeader,
  ifd: RawIfd,
  width: number,
  height: number,
  planes: number,
): Promise<TiffDataLayout> {
  const offsets = ifd.entries.get(TiffTag.TileOffsets);
  if (offsets) {
    const tileWidth = (await numbers(cursor, header, ifd, TiffTag.TileWidth))?.[0] ?? 0;
    const tileLength = (await numbers(cursor, header, ifd, TiffTag.TileLength))?.[0] ?? 0;
    if (tileWidth <= 0 || tileLength <= 0)
      throw new TiffFormatError('tiled image lacks TileWidth/TileLength', ifd.offset);
    const tilesAcross = Math.ceil(width / tileWidth);
    const tilesDown = Math.ceil(height / tileLength);
    const tileCount = tilesAcross * tilesDown * planes;
    if (offsets.count !== tileCount) {
      throw new TiffFormatError(`TileOffsets has ${offsets.count} values, ${tileCount} tiles expected`, ifd.offset);
    }
    return { kind: 'tiled', tileWidth, tileLength, tilesAcross, tilesDown, tileCount };
  }
  const strips = ifd.entries.get(TiffTag.StripOffsets);
  if (!strips) throw new TiffFormatError('IFD has neither TileOffsets nor StripOffsets', ifd.offset);
  const rowsPerStrip = Math.min(height, (await numbers(cursor, header, ifd, TiffTag.RowsPerStrip))?.[0] ?? height);
  return { kind: 'strips', rowsPerStrip, stripCount: strips.count };
}
