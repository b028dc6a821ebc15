/**
 * GeoTIFF placement through the shared TIFF header reader (bounded ranged reads of the IFD chain and GeoKeys; the
 * pixels are never read): EPSG code, geotransform, size and overviews. Land use comes from the raster's quick-look
 * (see thumbnail.ts), not from here.
 */
import { type RangeSource, readTiffHeader } from '@fsxn-s3ap/shared/formats/tiff';
import type { AccessPointClient, S3ObjectSummary } from '@fsxn-s3ap/shared/s3';
import { GeoTiffFormatError } from '../../errors';
import type { BBox } from '../crs';
import type { AreaFacts } from '../read-area';

/** Most bytes one GeoTIFF header may cost. */
export const TIFF_HEADER_MAX_BYTES = 1024 * 1024;

/** The facts of a GeoTIFF; TiffFormatError (the shared reader's) for a bad header, GeoTiffFormatError if unplaced. */
export async function readGeoTiff(object: S3ObjectSummary, input: AccessPointClient): Promise<AreaFacts> {
  const source: RangeSource = { size: object.size, read: (start, end) => input.getRange(object.key, start, end) };
  const info = await readTiffHeader(source, { maxBytes: TIFF_HEADER_MAX_BYTES });
  const image = info.images[0];
  const transform = info.geo?.geoTransform;
  if (image === undefined || transform === undefined) {
    throw new GeoTiffFormatError(
      `no ModelTiepoint/ModelPixelScale or ModelTransformation: not placed, at offset ${image?.ifdOffset ?? 0}`,
    );
  }
  const [originX, pixelWidth, , originY, , pixelHeight] = transform;
  const xs = [originX, originX + pixelWidth * image.width];
  const ys = [originY, originY + pixelHeight * image.height];
  const bbox: BBox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  return {
    format: 'geotiff',
    header: {
      width: image.width,
      height: image.height,
      overviews: info.images.filter((candidate) => candidate.reducedResolution).length,
      compression: image.compression,
      modelType: info.geo?.modelType ?? null,
      epsg: info.geo?.epsg ?? null,
      rangeReads: info.stats.reads,
      headerBytesRead: info.stats.bytesRead,
    },
    bbox,
    ...(info.geo?.epsg === undefined ? {} : { epsg: info.geo.epsg }),
  };
}
