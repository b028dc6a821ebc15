/**
 * TIFF, BigTIFF, GeoTIFF and Cloud Optimized GeoTIFF headers read by bounded range reads (the pixel data is never
 * read): byte order, the IFD chain (overviews), tiles or strips, compression, bits per sample, the GeoKey directory,
 * the EPSG code and the geotransform. Bad files throw {@link TiffFormatError} with the byte offset. A small writer
 * makes valid files for demo data, tests and benchmarks.
 */
export { TIFF_FORMAT_ERROR, TiffFormatError } from './errors';
export type { GeoInfo, GeoKeyValue } from './geokeys';
export type { TiffDataLayout, TiffImage } from './image';
export { bytesSource, type RangeLimits, type RangeSource, type RangeStats } from './range-cursor';
export {
  isTiff,
  readTiffHeader,
  type TiffInfo,
  type TiffReadOptions,
} from './read';
export { GeoKey, TiffTag, TiffType } from './tags';
export {
  type TiffHead,
  type TiffWriteEntry,
  type TiffWriteIfd,
  type TiffWriteSpec,
  writeTiff,
  writeTiffHead,
} from './write';
