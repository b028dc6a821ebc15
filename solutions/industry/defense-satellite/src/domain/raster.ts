/**
 * What a satellite file is, from ranged reads of its header only: GeoTIFF/COG/BigTIFF (the shared TIFF reader),
 * NITF 2.1 (the file header), HDF5 (signature only), PNG or JPEG (quicklooks, labelled whole).
 */
import { type GeoInfo, readTiffHeader, type TiffImage } from '@fsxn-s3ap/shared/formats/tiff';
import type { AccessPointClient, S3ObjectSummary } from '@fsxn-s3ap/shared/s3';
import { UnsupportedRasterError } from '../errors';
import { isNitf, type NitfHeader, readNitfHeader } from './nitf-header';

/** Bytes of the first read; the TIFF reader is served from them when its IFDs lie inside (a COG's do). */
export const HEAD_BYTES = 16 * 1024;

/** The facts of one file's header, and what reading it cost. */
export type RasterFacts = { reads: number; bytesRead: number } & (
  | { format: 'tiff'; bigTiff: boolean; image: TiffImage; overviews: number; geo?: GeoInfo }
  | { format: 'nitf'; nitf: NitfHeader }
  | { format: 'hdf5' }
  | { format: 'png' | 'jpeg' }
);

const HDF5 = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
const starts = (head: Uint8Array, bytes: readonly number[]) => bytes.every((byte, index) => head[index] === byte);

/** Reads the header of `object` through ranged reads (never the pixel data). */
export async function readRaster(input: AccessPointClient, object: S3ObjectSummary): Promise<RasterFacts> {
  const cost = { reads: 1, bytesRead: 0 };
  const head = await input.getRange(object.key, 0, Math.min(object.size, HEAD_BYTES) - 1);
  cost.bytesRead += head.length;
  const read = async (start: number, end: number) => {
    if (end < head.length) return head.subarray(start, end + 1);
    cost.reads += 1;
    const bytes = await input.getRange(object.key, start, end);
    cost.bytesRead += bytes.length;
    return bytes;
  };
  const [b0, b1] = head;
  if ((b0 === 0x49 && b1 === 0x49) || (b0 === 0x4d && b1 === 0x4d)) {
    const info = await readTiffHeader({ size: object.size, read }, { segmentByteCounts: true, readAhead: 4096 });
    const [image] = info.images;
    if (!image) throw new UnsupportedRasterError(`${object.key} has no image`);
    const overviews = info.images.filter((candidate) => candidate.reducedResolution).length;
    const facts = { ...cost, format: 'tiff' as const, bigTiff: info.bigTiff, image, overviews };
    return info.geo ? { ...facts, geo: info.geo } : facts;
  }
  if (isNitf(head)) return { format: 'nitf', nitf: await readNitfHeader(object.size, read), ...cost };
  if (starts(head, HDF5)) return { format: 'hdf5', ...cost };
  if (starts(head, [0x89, 0x50, 0x4e, 0x47])) return { format: 'png', ...cost };
  if (starts(head, [0xff, 0xd8, 0xff])) return { format: 'jpeg', ...cost };
  throw new UnsupportedRasterError(`${object.key} is not a TIFF, NITF, HDF5, PNG or JPEG file`);
}
