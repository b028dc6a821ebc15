/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see (the kit's and this pattern's), so `validate` can check the ASL against it. A parser
 * error's message says what is wrong and at which byte offset.
 */
import { namedError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  ShapefileFormatError: 'ShapefileFormatError',
  DbfFormatError: 'DbfFormatError',
  GeoJsonFormatError: 'GeoJsonFormatError',
  GeoPackageFormatError: 'GeoPackageFormatError',
  LasFormatError: 'LasFormatError',
  GeoTiffFormatError: 'GeoTiffFormatError',
  /** The shared TIFF header reader's error (a GeoTIFF that is not a readable TIFF). */
  TiffFormatError: 'TiffFormatError',
  CrsNotSupportedError: 'CrsNotSupportedError',
} as const;

/** A .shp or .shx main file header is short or wrong (file code 9994, version 1000, shape type, length). */
export const ShapefileFormatError = namedError(ErrorName.ShapefileFormatError);

/** A .dbf header is short or its field descriptors do not fit its header length. */
export const DbfFormatError = namedError(ErrorName.DbfFormatError);

/** A GeoJSON file is not JSON, not a FeatureCollection/Feature/geometry, or has a malformed coordinate. */
export const GeoJsonFormatError = namedError(ErrorName.GeoJsonFormatError);

/** A .gpkg file lacks the SQLite header or the GPKG application id. */
export const GeoPackageFormatError = namedError(ErrorName.GeoPackageFormatError);

/** A .las/.laz file lacks the LASF signature or its public header block is short. */
export const LasFormatError = namedError(ErrorName.LasFormatError);

/** A readable TIFF that is not a GeoTIFF this pattern can place (no tie point and pixel scale, no transformation). */
export const GeoTiffFormatError = namedError(ErrorName.GeoTiffFormatError);

/** A coordinate reference system this pattern cannot project to EPSG:4326. */
export const CrsNotSupportedError = namedError(ErrorName.CrsNotSupportedError);
