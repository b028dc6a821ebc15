/** TIFF 6.0, BigTIFF and GeoTIFF 1.1 numbers the reader and the writer share. */

/** Tag numbers the reader interprets. */
export const TiffTag = {
  NewSubfileType: 254,
  ImageWidth: 256,
  ImageLength: 257,
  BitsPerSample: 258,
  Compression: 259,
  PhotometricInterpretation: 262,
  StripOffsets: 273,
  SamplesPerPixel: 277,
  RowsPerStrip: 278,
  StripByteCounts: 279,
  PlanarConfiguration: 284,
  TileWidth: 322,
  TileLength: 323,
  TileOffsets: 324,
  TileByteCounts: 325,
  SampleFormat: 339,
  ModelPixelScale: 33550,
  ModelTiepoint: 33922,
  ModelTransformation: 34264,
  GeoKeyDirectory: 34735,
  GeoDoubleParams: 34736,
  GeoAsciiParams: 34737,
  GdalNoData: 42113,
} as const;

/** GeoKey ids the reader interprets. */
export const GeoKey = {
  GTModelType: 1024,
  GTRasterType: 1025,
  GeographicType: 2048,
  ProjectedCSType: 3072,
} as const;

/** Field types: their numbers and byte sizes. */
export const TiffType = {
  BYTE: 1,
  ASCII: 2,
  SHORT: 3,
  LONG: 4,
  RATIONAL: 5,
  SBYTE: 6,
  UNDEFINED: 7,
  SSHORT: 8,
  SLONG: 9,
  SRATIONAL: 10,
  FLOAT: 11,
  DOUBLE: 12,
  IFD: 13,
  LONG8: 16,
  SLONG8: 17,
  IFD8: 18,
} as const;

const SIZES: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
  13: 4,
  16: 8,
  17: 8,
  18: 8,
};

/** Byte size of one value of field type `type`, or undefined for a type TIFF does not define. */
export function typeSize(type: number): number | undefined {
  return SIZES[type];
}

/** The layout constants of classic TIFF or BigTIFF. */
export interface TiffLayout {
  bigTiff: boolean;
  /** Bytes of the header (8 or 16). */
  headerSize: number;
  /** Bytes of an IFD's entry count (2 or 8). */
  countSize: number;
  /** Bytes of one IFD entry (12 or 20). */
  entrySize: number;
  /** Bytes of an offset and of the inline value field (4 or 8). */
  offsetSize: number;
}

/** The layout constants for `bigTiff`. */
export function layoutOf(bigTiff: boolean): TiffLayout {
  return bigTiff
    ? { bigTiff, headerSize: 16, countSize: 8, entrySize: 20, offsetSize: 8 }
    : { bigTiff, headerSize: 8, countSize: 2, entrySize: 12, offsetSize: 4 };
}
